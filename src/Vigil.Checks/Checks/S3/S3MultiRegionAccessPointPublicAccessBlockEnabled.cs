using Vigil.Core.Checks;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3MultiRegionAccessPointPublicAccessBlockEnabled : Check<MultiRegionAccessPoint>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-multi-region-access-point-public-access-block-enabled",
        Title = "S3 Multi-Region Access Points have all four Block Public Access settings enabled",
        Severity = Severity.High,
        Service = "s3",
        Domain = Domain.DataProtection,
        Risk = "A Multi-Region Access Point without Block Public Access can be opened to the internet by its policy, exposing the data of every bucket it routes to in every region at once.",
        Remediation = new()
        {
            Text = "Block Public Access settings of a Multi-Region Access Point cannot be changed after creation: create a replacement with all four settings enabled (the default), move clients to its alias and delete the old one.",
            Cli = "aws s3control create-multi-region-access-point --region us-west-2 --account-id ACCOUNT_ID --details '{\"Name\":\"NEW_MRAP\",\"PublicAccessBlock\":{\"BlockPublicAcls\":true,\"IgnorePublicAcls\":true,\"BlockPublicPolicy\":true,\"RestrictPublicBuckets\":true},\"Regions\":[{\"Bucket\":\"BUCKET_1\"},{\"Bucket\":\"BUCKET_2\"}]}'",
            Terraform = """
                resource "aws_s3control_multi_region_access_point" "this" {
                  details {
                    name = "analytics-global"
                    public_access_block {
                      block_public_acls       = true
                      ignore_public_acls      = true
                      block_public_policy     = true
                      restrict_public_buckets = true
                    }
                    region { bucket = aws_s3_bucket.us.id }
                    region { bucket = aws_s3_bucket.eu.id }
                  }
                }
                """,
            CloudFormation = """
                MultiRegionAccessPoint:
                  Type: AWS::S3::MultiRegionAccessPoint
                  Properties:
                    Name: analytics-global
                    PublicAccessBlockConfiguration:
                      BlockPublicAcls: true
                      IgnorePublicAcls: true
                      BlockPublicPolicy: true
                      RestrictPublicBuckets: true
                    Regions:
                      - Bucket: !Ref UsBucket
                      - Bucket: !Ref EuBucket
                """,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/multi-region-access-point-block-public-access.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["PublicAccessBlock"];

    public override CheckOutcome Evaluate(MultiRegionAccessPoint point, CheckContext context) => point.PublicAccessBlock switch
    {
        { AllEnabled: true } => Pass($"Multi-Region Access Point {point.Name} blocks public access."),
        null => Fail($"Multi-Region Access Point {point.Name} has no Block Public Access configuration."),
        _ => Fail($"Multi-Region Access Point {point.Name} does not have all four Block Public Access settings enabled."),
    };
}
