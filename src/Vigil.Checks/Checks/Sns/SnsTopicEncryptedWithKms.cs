using Vigil.Core.Checks;
using Vigil.Core.Model.Sns;

namespace Vigil.Checks.Checks.Sns;

internal sealed class SnsTopicEncryptedWithKms : Check<SnsTopic>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "sns-topic-encrypted-with-kms",
        Title = "SNS topics are encrypted at rest with AWS KMS",
        Severity = Severity.Medium,
        Service = "sns",
        Domain = Domain.DataProtection,
        Risk = "Without server-side encryption, messages waiting for delivery are stored unencrypted, and access to them cannot be restricted or audited through a KMS key policy.",
        Remediation = new()
        {
            Text = "Enable server-side encryption on the topic with a KMS key (a customer managed key lets you control and audit who may publish and read).",
            Cli = "aws sns set-topic-attributes --topic-arn TOPIC_ARN --attribute-name KmsMasterKeyId --attribute-value alias/sns-topics",
            Terraform = """
                resource "aws_sns_topic" "this" {
                  name              = "orders"
                  kms_master_key_id = aws_kms_key.sns.arn
                }
                """,
            CloudFormation = """
                Topic:
                  Type: AWS::SNS::Topic
                  Properties:
                    TopicName: orders
                    KmsMasterKeyId: !Ref SnsKey
                """,
            Url = "https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["KmsMasterKeyId"];

    public override CheckOutcome Evaluate(SnsTopic topic, CheckContext context) => string.IsNullOrEmpty(topic.KmsMasterKeyId)
        ? Fail($"SNS topic {topic.Name} is not encrypted with a KMS key.")
        : Pass($"SNS topic {topic.Name} is encrypted with KMS key {topic.KmsMasterKeyId}.");
}
