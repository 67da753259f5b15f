using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Sns;

namespace Vigil.Checks.Checks.Sns;

internal sealed class SnsTopicPolicyNoForeignAccountAccess : ForeignAccountPolicyCheck<SnsTopic>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "sns-topic-policy-no-foreign-account-access",
        Title = "SNS topic access policies grant no access to accounts outside the scanned estate",
        Severity = Severity.Medium,
        Service = "sns",
        Domain = Domain.DataProtection,
        Risk = "A topic policy that names another account lets any of that account's principals do what the policy grants: subscribe an endpoint of theirs and receive every notification, publish messages your subscribers trust, or change the topic's policy. A forgotten integration or a compromised partner account keeps that reach.",
        Remediation = new()
        {
            Text = "Remove the statements that name accounts which no longer need the topic, and narrow the rest to the action the partner uses (sns:Publish or sns:Subscribe) and to the partner's role rather than its whole account; for subscriptions, prefer an sns:Endpoint or sns:Protocol condition. Accounts in the scanned snapshot and in the trustedAccounts setting (docs/configuration.md) count as your own; a topic that any account may use fails sns-topic-policy-no-public-access instead. The check asks Vigil's IAM engine, for each foreign account the policy names, whether its root or the principals named in it may subscribe, publish, list subscriptions or change the topic.",
            Cli = """
                aws sns get-topic-attributes --topic-arn TOPIC_ARN --query Attributes.Policy --output text > policy.json
                # remove or narrow the statements that name other accounts, then:
                aws sns set-topic-attributes --topic-arn TOPIC_ARN --attribute-name Policy --attribute-value file://policy.json
                """,
            Terraform = """
                resource "aws_sns_topic_policy" "this" {
                  arn = aws_sns_topic.this.arn
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Sid       = "OwnerOnly"
                      Effect    = "Allow"
                      Principal = { AWS = "*" }
                      Action    = ["sns:Publish", "sns:Subscribe", "sns:GetTopicAttributes"]
                      Resource  = aws_sns_topic.this.arn
                      Condition = { StringEquals = { "AWS:SourceOwner" = data.aws_caller_identity.current.account_id } }
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
                        - Sid: OwnerOnly
                          Effect: Allow
                          Principal:
                            AWS: "*"
                          Action: ["sns:Publish", "sns:Subscribe", "sns:GetTopicAttributes"]
                          Resource: !Ref Topic
                          Condition:
                            StringEquals:
                              AWS:SourceOwner: !Ref AWS::AccountId
                """,
            Url = "https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html",
        },
    };

    protected override ExposureProbeSet Probes => ExposureProbeSets.SnsTopic;

    protected override string PolicyKind => "topic access policy";

    protected override string Reach => "subscribe to, publish to or manage the topic";

    protected override string? PolicyOf(SnsTopic topic) => topic.Policy;
}
