using Vigil.Core.Checks;
using Vigil.Core.Model.CloudFront;

namespace Vigil.Checks.Checks.CloudFront;

internal sealed class CloudFrontDistributionS3OriginAccessControl : Check<Distribution>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudfront-distribution-s3-origin-access-control",
        Title = "CloudFront distributions reach their S3 origins through origin access control",
        Severity = Severity.Medium,
        Service = "cloudfront",
        Domain = Domain.DataProtection,
        Risk = "Without origin access control the bucket must be readable some other way (publicly, or through a legacy origin access identity that does not support SSE-KMS or signed requests in every region), so content can bypass the distribution and its protections.",
        Remediation = new()
        {
            Text = "Create an origin access control (signing behavior always, SigV4), attach it to each S3 origin, remove any origin access identity and allow only the distribution in the bucket policy.",
            Cli = "aws cloudfront create-origin-access-control --origin-access-control-config Name=website-oac,SigningProtocol=sigv4,SigningBehavior=always,OriginAccessControlOriginType=s3  # then set Origins[].OriginAccessControlId and update-distribution",
            Terraform = """
                resource "aws_cloudfront_origin_access_control" "website" {
                  name                              = "website-oac"
                  origin_access_control_origin_type = "s3"
                  signing_behavior                  = "always"
                  signing_protocol                  = "sigv4"
                }

                resource "aws_cloudfront_distribution" "this" {
                  # ...
                  origin {
                    domain_name              = aws_s3_bucket.website.bucket_regional_domain_name
                    origin_id                = "website"
                    origin_access_control_id = aws_cloudfront_origin_access_control.website.id
                  }
                }
                """,
            CloudFormation = """
                WebsiteOac:
                  Type: AWS::CloudFront::OriginAccessControl
                  Properties:
                    OriginAccessControlConfig:
                      Name: website-oac
                      OriginAccessControlOriginType: s3
                      SigningBehavior: always
                      SigningProtocol: sigv4
                # and in the distribution's S3 origin: OriginAccessControlId: !GetAtt WebsiteOac.Id
                """,
            Url = "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Origins"];

    public override CheckOutcome Evaluate(Distribution distribution, CheckContext context)
    {
        var s3 = distribution.Origins.Where(o => o.IsS3).ToList();
        if (s3.Count == 0) return NotApplicable;
        if (s3.Find(o => string.IsNullOrEmpty(o.OriginAccessControlId)) is { } origin)
        {
            return string.IsNullOrEmpty(origin.OriginAccessIdentity)
                ? Fail($"Distribution {distribution.DistributionId} reaches S3 origin {origin.Id} without origin access control.")
                : Fail($"Distribution {distribution.DistributionId} reaches S3 origin {origin.Id} through a legacy origin access identity instead of origin access control.");
        }

        return Pass($"Distribution {distribution.DistributionId} reaches its S3 origins through origin access control.");
    }
}
