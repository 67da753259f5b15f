using Vigil.Core.Checks;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3BucketDefaultEncryptionKms : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-bucket-default-encryption-kms",
        Title = "S3 buckets encrypt new objects by default with AWS KMS keys",
        Severity = Severity.Medium,
        Service = "s3",
        Domain = Domain.DataProtection,
        Risk = "With S3-managed keys (SSE-S3) anyone allowed to read an object can decrypt it; KMS keys add a second, separately audited permission (kms:Decrypt) and let access be cut off by disabling the key.",
        Remediation = new()
        {
            Text = "Set the bucket's default encryption to SSE-KMS with a customer managed key (and S3 Bucket Keys to reduce KMS calls); existing objects keep their encryption until rewritten.",
            Cli = "aws s3api put-bucket-encryption --bucket BUCKET --server-side-encryption-configuration '{\"Rules\":[{\"ApplyServerSideEncryptionByDefault\":{\"SSEAlgorithm\":\"aws:kms\",\"KMSMasterKeyID\":\"KMS_KEY_ARN\"},\"BucketKeyEnabled\":true}]}'",
            Terraform = """
                resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
                  bucket = aws_s3_bucket.this.id
                  rule {
                    apply_server_side_encryption_by_default {
                      sse_algorithm     = "aws:kms"
                      kms_master_key_id = aws_kms_key.s3.arn
                    }
                    bucket_key_enabled = true
                  }
                }
                """,
            CloudFormation = """
                Bucket:
                  Type: AWS::S3::Bucket
                  Properties:
                    BucketEncryption:
                      ServerSideEncryptionConfiguration:
                        - ServerSideEncryptionByDefault:
                            SSEAlgorithm: aws:kms
                            KMSMasterKeyID: !GetAtt S3Key.Arn
                          BucketKeyEnabled: true
                """,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Encryption"];

    public override CheckOutcome Evaluate(S3Bucket bucket, CheckContext context) => bucket.Encryption switch
    {
        null => CheckOutcome.Error($"The default encryption of bucket {bucket.Name} was not collected."),
        { UsesKms: true } encryption => Pass($"Bucket {bucket.Name} encrypts new objects with {encryption.Algorithm}."),
        var encryption => Fail($"Bucket {bucket.Name} encrypts new objects with {encryption.Algorithm}, not an AWS KMS key."),
    };
}
