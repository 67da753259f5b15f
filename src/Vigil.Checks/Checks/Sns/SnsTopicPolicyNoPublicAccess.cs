using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Sns;

namespace Vigil.Checks.Checks.Sns;

internal sealed class SnsTopicPolicyNoPublicAccess : Check<SnsTopic>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "sns-topic-policy-no-public-access",
        Title = "SNS topic access policies do not open the topic to all AWS accounts",
        Severity = Severity.High,
        Service = "sns",
        Domain = Domain.DataProtection,
        Risk = "A topic policy that allows Principal \"*\" without a limiting condition lets anyone subscribe an endpoint of theirs and receive every notification (alerts, events, personal data), publish forged messages to every subscriber, or change and delete the topic.",
        Remediation = new()
        {
            Text = "Keep the default topic policy's aws:SourceOwner (or aws:SourceAccount) condition, name the accounts, roles or service principals that publish instead of \"*\", and limit service publishers with aws:SourceArn. The check asks Vigil's IAM engine whether a role session of an unknown account, calling from the internet, may subscribe, publish or change the topic.",
            Cli = """
                aws sns set-topic-attributes --topic-arn TOPIC_ARN --attribute-name Policy --attribute-value file://topic-policy.json
                """,
            Terraform = """
                resource "aws_sns_topic_policy" "this" {
                  arn = aws_sns_topic.this.arn
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Sid       = "OwnerAccountOnly"
                      Effect    = "Allow"
                      Principal = { AWS = "*" }
                      Action    = ["sns:Publish", "sns:Subscribe", "sns:GetTopicAttributes"]
                      Resource  = aws_sns_topic.this.arn
                      Condition = { StringEquals = { "aws:SourceOwner" = data.aws_caller_identity.current.account_id } }
                    }]
                  })
                }
                """,
            CloudFormation = """
                TopicPolicy:
                  Type: AWS::SNS::TopicPolicy
                  Properties:
                    Topics: [!Ref Topic]
                    PolicyDocument:
                      Version: "2012-10-17"
                      Statement:
                        - Sid: OwnerAccountOnly
                          Effect: Allow
                          Principal:
                            AWS: "*"
                          Action: ["sns:Publish", "sns:Subscribe", "sns:GetTopicAttributes"]
                          Resource: !Ref Topic
                          Condition:
                            StringEquals:
                              aws:SourceOwner: !Ref AWS::AccountId
                """,
            Url = "https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html#ensure-topics-not-publicly-accessible",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Policy"];

    public override CheckOutcome Evaluate(SnsTopic topic, CheckContext context) =>
        PublicResourcePolicy.Evaluate(topic, topic.Policy, context, ExposureProbeSets.SnsTopic, "topic access policy");
}
