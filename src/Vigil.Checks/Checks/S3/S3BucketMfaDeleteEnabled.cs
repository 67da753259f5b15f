using Vigil.Core.Checks;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3BucketMfaDeleteEnabled : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-bucket-mfa-delete-enabled",
        Title = "Versioned S3 buckets have MFA delete enabled",
        Severity = Severity.Low,
        Service = "s3",
        Domain = Domain.Resilience,
        Risk = "Without MFA delete, anyone holding credentials with delete permissions can permanently delete object versions or suspend versioning, removing the recovery path versioning was meant to give.",
        Remediation = new()
        {
            Text = "As the root user with an MFA device, enable MFA delete in the bucket's versioning configuration. S3 does not support lifecycle rules on MFA-delete buckets; where lifecycle rules are needed, protect versions with Object Lock instead.",
            Cli = "aws s3api put-bucket-versioning --bucket BUCKET --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa 'arn:aws:iam::ACCOUNT_ID:mfa/root-account-mfa-device 123456'  # as the root user",
            Terraform = """
                # Terraform cannot enable MFA delete (it needs the root user's live MFA code); enable it with the CLI,
                # then record it so Terraform does not revert it:
                resource "aws_s3_bucket_versioning" "this" {
                  bucket = aws_s3_bucket.this.id
                  versioning_configuration {
                    status     = "Enabled"
                    mfa_delete = "Enabled"
                  }
                }
                """,
            CloudFormation = "# CloudFormation cannot enable MFA delete; the root user enables it with the CLI (put-bucket-versioning --mfa).",
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Versioning", "MfaDelete", "LifecycleRules"];

    public override CheckOutcome Evaluate(S3Bucket bucket, CheckContext context)
    {
        if (bucket.Versioning is null) return NotApplicable;
        if (bucket.MfaDelete) return Pass($"Bucket {bucket.Name} has MFA delete enabled.");
        if (bucket.LifecycleRules.Any(r => r.Status == "Enabled"))
            return Manual($"Bucket {bucket.Name} has no MFA delete, and S3 does not support it alongside the bucket's lifecycle rules; confirm its versions are protected otherwise (Object Lock, replication).");
        return Fail($"Bucket {bucket.Name} is versioned but has MFA delete disabled.");
    }
}
