using Vigil.Core.Checks;
using Vigil.Core.Model.CloudFront;

namespace Vigil.Checks.Checks.CloudFront;

internal sealed class CloudFrontDistributionViewerHttpsRequired : Check<Distribution>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudfront-distribution-viewer-https-required",
        Title = "CloudFront distributions require HTTPS from viewers in every cache behavior",
        Severity = Severity.Medium,
        Service = "cloudfront",
        Domain = Domain.DataProtection,
        Risk = "A cache behavior that allows plain HTTP lets anyone on the network path read or alter responses and the cookies or tokens viewers send with their requests.",
        Remediation = new()
        {
            Text = "Set the viewer protocol policy of the default and every other cache behavior to redirect-to-https or https-only.",
            Cli = "aws cloudfront get-distribution-config --id DISTRIBUTION_ID > config.json  # set every ViewerProtocolPolicy to redirect-to-https, then: aws cloudfront update-distribution --id DISTRIBUTION_ID --if-match ETAG --distribution-config file://distribution-config.json",
            Terraform = """
                resource "aws_cloudfront_distribution" "this" {
                  # ...
                  default_cache_behavior {
                    # ...
                    viewer_protocol_policy = "redirect-to-https"
                  }
                }
                """,
            CloudFormation = """
                Distribution:
                  Type: AWS::CloudFront::Distribution
                  Properties:
                    DistributionConfig:
                      DefaultCacheBehavior:
                        ViewerProtocolPolicy: redirect-to-https
                """,
            Url = "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["ViewerProtocolPolicy", "CacheBehaviorViewerProtocolPolicies"];

    public override CheckOutcome Evaluate(Distribution distribution, CheckContext context)
    {
        if (distribution.ViewerProtocolPolicy == "allow-all")
            return Fail($"Distribution {distribution.DistributionId} allows plain HTTP in its default cache behavior.");
        var open = distribution.CacheBehaviorViewerProtocolPolicies.Count(p => p == "allow-all");
        return open > 0
            ? Fail($"Distribution {distribution.DistributionId} allows plain HTTP in {open} of its cache behaviors.")
            : Pass($"Distribution {distribution.DistributionId} requires HTTPS from viewers in every cache behavior.");
    }
}
