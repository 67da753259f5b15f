using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3BucketInAllowedRegion : AllowedRegionCheck<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-bucket-in-allowed-region",
        Title = "S3 buckets are in an allowed region",
        Severity = Severity.Medium,
        Service = "s3",
        Domain = Domain.Governance,
        Risk = "Data kept outside the regions the organisation has chosen can break data-residency commitments (GDPR transfers, sovereignty clauses in contracts) and usually escapes the controls, monitoring and recovery plans set up for the approved regions.",
        Remediation = new()
        {
            Text = "S3 cannot move a bucket: create a bucket in an allowed region, copy the objects (S3 Batch Operations or aws s3 sync), point writers and readers at it, then empty and delete the old bucket.",
            Cli = "aws s3 sync s3://OLD_BUCKET s3://NEW_BUCKET --source-region OLD_REGION --region ALLOWED_REGION",
            Terraform = """
                provider "aws" {
                  alias  = "allowed"
                  region = "ALLOWED_REGION"
                }

                resource "aws_s3_bucket" "data" {
                  provider = aws.allowed
                  bucket   = "NEW_BUCKET"
                }
                """,
            CloudFormation = """
                # Deploy this stack in an allowed region.
                DataBucket:
                  Type: AWS::S3::Bucket
                  Properties:
                    BucketName: NEW_BUCKET
                """,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingBucket.html",
        },
    };

    protected override string Subject(S3Bucket bucket) => $"Bucket {bucket.Name}";
}
