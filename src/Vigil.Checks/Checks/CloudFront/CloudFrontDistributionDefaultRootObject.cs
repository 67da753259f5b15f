using Vigil.Core.Checks;
using Vigil.Core.Model.CloudFront;

namespace Vigil.Checks.Checks.CloudFront;

internal sealed class CloudFrontDistributionDefaultRootObject : Check<Distribution>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudfront-distribution-default-root-object",
        Title = "CloudFront distributions with S3 origins have a default root object",
        Severity = Severity.High,
        Service = "cloudfront",
        Domain = Domain.DataProtection,
        Risk = "Without a default root object, a request for the distribution's root URL is passed to the S3 origin, which may list the bucket's contents or reveal how the origin is laid out.",
        Remediation = new()
        {
            Text = "Set the distribution's default root object to the page served for the root URL (for example index.html).",
            Cli = "aws cloudfront get-distribution-config --id DISTRIBUTION_ID > config.json  # set DistributionConfig.DefaultRootObject to index.html, then: aws cloudfront update-distribution --id DISTRIBUTION_ID --if-match ETAG --distribution-config file://distribution-config.json",
            Terraform = """
                resource "aws_cloudfront_distribution" "this" {
                  # ...
                  default_root_object = "index.html"
                }
                """,
            CloudFormation = """
                Distribution:
                  Type: AWS::CloudFront::Distribution
                  Properties:
                    DistributionConfig:
                      DefaultRootObject: index.html
                """,
            Url = "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DefaultRootObject.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Origins", "DefaultRootObject"];

    public override CheckOutcome Evaluate(Distribution distribution, CheckContext context)
    {
        if (!distribution.Origins.Any(o => o.IsS3)) return NotApplicable;
        return string.IsNullOrEmpty(distribution.DefaultRootObject)
            ? Fail($"Distribution {distribution.DistributionId} has S3 origins but no default root object.")
            : Pass($"Distribution {distribution.DistributionId} serves {distribution.DefaultRootObject} for its root URL.");
    }
}
