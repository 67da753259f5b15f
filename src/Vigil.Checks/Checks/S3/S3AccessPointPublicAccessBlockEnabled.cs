using Vigil.Core.Checks;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3AccessPointPublicAccessBlockEnabled : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-access-point-public-access-block-enabled",
        Title = "S3 access points have all four Block Public Access settings enabled",
        Severity = Severity.Critical,
        Service = "s3",
        Domain = Domain.DataProtection,
        Risk = "An access point without Block Public Access can be opened to the internet by its access point policy, exposing the bucket's data through a name that bucket-focused reviews easily overlook.",
        Remediation = new()
        {
            Text = "Access point Block Public Access settings cannot be changed after creation: create a replacement access point with all four settings enabled (the default), move clients to it and delete the old one.",
            Cli = "aws s3control create-access-point --account-id ACCOUNT_ID --name NEW_ACCESS_POINT --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true && aws s3control delete-access-point --account-id ACCOUNT_ID --name OLD_ACCESS_POINT",
            Terraform = """
                resource "aws_s3_access_point" "this" {
                  bucket = aws_s3_bucket.this.id
                  name   = "analytics-readers"
                  public_access_block_configuration {
                    block_public_acls       = true
                    ignore_public_acls      = true
                    block_public_policy     = true
                    restrict_public_buckets = true
                  }
                }
                """,
            CloudFormation = """
                AccessPoint:
                  Type: AWS::S3::AccessPoint
                  Properties:
                    Bucket: !Ref Bucket
                    Name: analytics-readers
                    PublicAccessBlockConfiguration:
                      BlockPublicAcls: true
                      IgnorePublicAcls: true
                      BlockPublicPolicy: true
                      RestrictPublicBuckets: true
                """,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-bpa-settings.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["AccessPoints"];

    public override CheckOutcome Evaluate(S3Bucket bucket, CheckContext context)
    {
        if (bucket.AccessPoints.Count == 0) return NotApplicable;
        var unknown = bucket.AccessPoints.Where(a => a.PublicAccessBlock is null).Select(a => a.Name).ToList();
        var open = bucket.AccessPoints.Where(a => a.PublicAccessBlock is { AllEnabled: false }).Select(a => a.Name).ToList();
        if (open.Count > 0)
            return Fail($"Bucket {bucket.Name} has access point(s) without all four Block Public Access settings: {string.Join(", ", open)}.");
        if (unknown.Count > 0)
            return CheckOutcome.Error($"The Block Public Access settings of access point(s) {string.Join(", ", unknown)} of bucket {bucket.Name} were not collected.");
        return Pass($"All {bucket.AccessPoints.Count} access point(s) of bucket {bucket.Name} block public access.");
    }
}
