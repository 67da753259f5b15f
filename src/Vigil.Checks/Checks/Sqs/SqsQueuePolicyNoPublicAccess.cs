using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Sqs;

namespace Vigil.Checks.Checks.Sqs;

internal sealed class SqsQueuePolicyNoPublicAccess : Check<SqsQueue>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "sqs-queue-policy-no-public-access",
        Title = "SQS queue policies do not open the queue to everyone or to all AWS accounts",
        Severity = Severity.High,
        Service = "sqs",
        Domain = Domain.DataProtection,
        Risk = "A queue policy that allows Principal \"*\" without a limiting condition lets anyone read (and so steal) messages, inject forged messages that downstream consumers trust, purge the queue, or change its policy.",
        Remediation = new()
        {
            Text = "Name the accounts, roles or service principals that need the queue in its policy instead of \"*\", or add a condition an outsider cannot meet: aws:SourceArn of the SNS topic or S3 bucket that sends to it, aws:SourceAccount, aws:PrincipalOrgID or aws:SourceVpce. The check asks Vigil's IAM engine whether an unauthenticated request and a role session of an unknown account, calling from the internet, may receive, send or delete messages or change the queue's attributes.",
            Cli = """
                aws sqs set-queue-attributes --queue-url QUEUE_URL --attributes file://attributes.json
                # attributes.json: {"Policy": "<policy JSON with Principal limited and a SourceArn condition>"}
                """,
            Terraform = """
                resource "aws_sqs_queue_policy" "this" {
                  queue_url = aws_sqs_queue.this.id
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Sid       = "AllowTopicDelivery"
                      Effect    = "Allow"
                      Principal = { Service = "sns.amazonaws.com" }
                      Action    = "sqs:SendMessage"
                      Resource  = aws_sqs_queue.this.arn
                      Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.events.arn } }
                    }]
                  })
                }
                """,
            CloudFormation = """
                QueuePolicy:
                  Type: AWS::SQS::QueuePolicy
                  Properties:
                    Queues: [!Ref Queue]
                    PolicyDocument:
                      Version: "2012-10-17"
                      Statement:
                        - Sid: AllowTopicDelivery
                          Effect: Allow
                          Principal:
                            Service: sns.amazonaws.com
                          Action: sqs:SendMessage
                          Resource: !GetAtt Queue.Arn
                          Condition:
                            ArnEquals:
                              aws:SourceArn: !Ref Topic
                """,
            Url = "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security-best-practices.html#ensure-queues-not-publicly-accessible",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Policy"];

    public override CheckOutcome Evaluate(SqsQueue queue, CheckContext context) =>
        PublicResourcePolicy.Evaluate(queue, queue.Policy, context, ExposureProbeSets.SqsQueue, "queue policy");
}
