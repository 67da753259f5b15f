using Vigil.Core.Checks;
using Vigil.Core.Model.CloudTrail;

namespace Vigil.Checks.Checks.CloudTrail;

internal sealed class CloudTrailKmsEncryptionEnabled : Check<Trail>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudtrail-kms-encryption-enabled",
        Title = "CloudTrail trails encrypt their log files with a KMS key",
        Severity = Severity.Medium,
        Service = "cloudtrail",
        Domain = Domain.DataProtection,
        Risk = "Log files encrypted only with S3-managed keys can be read by anyone with read access to the bucket; a customer managed KMS key adds a second, separately audited permission for reading the account's activity history.",
        Remediation = new()
        {
            Text = "Create a customer managed KMS key whose key policy lets CloudTrail encrypt and the security team decrypt, and configure the trail to use it (SSE-KMS).",
            Cli = "aws cloudtrail update-trail --name TRAIL_NAME --kms-key-id arn:aws:kms:REGION:ACCOUNT:key/KEY_ID",
            Terraform = """
                resource "aws_cloudtrail" "this" {
                  # ...
                  kms_key_id = aws_kms_key.cloudtrail.arn
                }
                """,
            CloudFormation = """
                Trail:
                  Type: AWS::CloudTrail::Trail
                  Properties:
                    KMSKeyId: !GetAtt CloudTrailKey.Arn
                """,
            Url = "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["KmsKeyId"];

    public override CheckOutcome Evaluate(Trail trail, CheckContext context) => string.IsNullOrEmpty(trail.KmsKeyId)
        ? Fail($"Trail {trail.Name} does not encrypt its log files with a KMS key.")
        : Pass($"Trail {trail.Name} encrypts its log files with KMS key {trail.KmsKeyId}.");
}
