using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Sqs;

namespace Vigil.Checks.Checks.Sqs;

internal sealed class SqsQueuePolicyNoForeignAccountAccess : ForeignAccountPolicyCheck<SqsQueue>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "sqs-queue-policy-no-foreign-account-access",
        Title = "SQS queue policies grant no access to accounts outside the scanned estate",
        Severity = Severity.Medium,
        Service = "sqs",
        Domain = Domain.DataProtection,
        Risk = "A queue policy that names another account lets that account's administrators delegate to any of their principals what the policy grants: reading (and so consuming) messages meant for your workers, injecting messages your consumers trust, purging the queue or changing its policy. A forgotten integration or a compromised partner account becomes a way into your pipeline.",
        Remediation = new()
        {
            Text = "Remove the statements that name accounts which no longer need the queue, and narrow the rest to the one action the partner uses (usually sqs:SendMessage) and to the partner's role rather than its whole account. Accounts in the scanned snapshot and in the trustedAccounts setting (docs/configuration.md) count as your own; a queue that any account may use fails sqs-queue-policy-no-public-access instead. The check asks Vigil's IAM engine, for each foreign account the policy names, whether its root or the principals named in it may receive, send or delete messages, purge the queue or change its attributes.",
            Cli = """
                aws sqs get-queue-attributes --queue-url QUEUE_URL --attribute-names Policy --query Attributes.Policy --output text > policy.json
                # remove or narrow the statements that name other accounts, then:
                aws sqs set-queue-attributes --queue-url QUEUE_URL --attributes file://attributes.json
                # attributes.json: {"Policy": "<the edited policy JSON as a string>"}
                """,
            Terraform = """
                resource "aws_sqs_queue_policy" "this" {
                  queue_url = aws_sqs_queue.this.id
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Sid       = "PartnerSendOnly"
                      Effect    = "Allow"
                      Principal = { AWS = "arn:aws:iam::PARTNER_ACCOUNT_ID:role/PARTNER_SENDER_ROLE" }
                      Action    = "sqs:SendMessage"
                      Resource  = aws_sqs_queue.this.arn
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
                        - Sid: PartnerSendOnly
                          Effect: Allow
                          Principal:
                            AWS: arn:aws:iam::PARTNER_ACCOUNT_ID:role/PARTNER_SENDER_ROLE
                          Action: sqs:SendMessage
                          Resource: !GetAtt Queue.Arn
                """,
            Url = "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html",
        },
    };

    protected override ExposureProbeSet Probes => ExposureProbeSets.SqsQueue;

    protected override string PolicyKind => "queue policy";

    protected override string Reach => "read, send to or manage the queue";

    protected override string? PolicyOf(SqsQueue queue) => queue.Policy;
}
