using Vigil.Core.Checks;
using Vigil.Core.Model.Sns;

namespace Vigil.Checks.Checks.Sns;

internal sealed class SnsTopicEncryptedAtRest : Check<SnsTopic>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "sns-topic-encrypted-at-rest",
        Title = "SNS topics are encrypted at rest with AWS KMS",
        Severity = Severity.Medium,
        Service = "sns",
        Domain = Domain.DataProtection,
        Risk = "Messages waiting for delivery in an unencrypted topic are stored without server-side encryption under a key you control, so who may read them cannot be limited or audited through a KMS key policy, and the topic fails data-at-rest requirements.",
        Remediation = new()
        {
            Text = "Set a KMS key on the topic (a customer managed key whose policy lets the publishing services use it, or alias/aws/sns for topics only AWS principals of the account publish to).",
            Cli = "aws sns set-topic-attributes --topic-arn TOPIC_ARN --attribute-name KmsMasterKeyId --attribute-value alias/app-messaging",
            Terraform = """
                resource "aws_sns_topic" "this" {
                  name              = "app-events"
                  kms_master_key_id = aws_kms_key.messaging.arn
                }
                """,
            CloudFormation = """
                Topic:
                  Type: AWS::SNS::Topic
                  Properties:
                    TopicName: app-events
                    KmsMasterKeyId: !Ref MessagingKey
                """,
            Url = "https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["KmsMasterKeyId"];

    public override CheckOutcome Evaluate(SnsTopic topic, CheckContext context) => string.IsNullOrEmpty(topic.KmsMasterKeyId)
        ? Fail($"SNS topic {topic.Name} is not encrypted with a KMS key.")
        : Pass($"SNS topic {topic.Name} is encrypted with KMS key {topic.KmsMasterKeyId}.");
}
