using Vigil.Core.Checks;
using Vigil.Core.Model.CloudFront;

namespace Vigil.Checks.Checks.CloudFront;

internal sealed class CloudFrontDistributionCustomOriginHttps : Check<Distribution>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudfront-distribution-custom-origin-https",
        Title = "CloudFront distributions use HTTPS to their custom origins",
        Severity = Severity.Medium,
        Service = "cloudfront",
        Domain = Domain.DataProtection,
        Risk = "Traffic from the edge to a custom origin over plain HTTP crosses the internet unencrypted, so requests, responses and forwarded credentials can be read or altered on the way.",
        Remediation = new()
        {
            Text = "Set the origin protocol policy of every custom origin to https-only (or match-viewer when viewers are required to use HTTPS) and serve a valid certificate at the origin.",
            Cli = "aws cloudfront get-distribution-config --id DISTRIBUTION_ID > config.json  # set CustomOriginConfig.OriginProtocolPolicy to https-only, then: aws cloudfront update-distribution --id DISTRIBUTION_ID --if-match ETAG --distribution-config file://distribution-config.json",
            Terraform = """
                resource "aws_cloudfront_distribution" "this" {
                  # ...
                  origin {
                    domain_name = "api.example.com"
                    origin_id   = "api"
                    custom_origin_config {
                      http_port              = 80
                      https_port             = 443
                      origin_protocol_policy = "https-only"
                      origin_ssl_protocols   = ["TLSv1.2"]
                    }
                  }
                }
                """,
            CloudFormation = """
                Distribution:
                  Type: AWS::CloudFront::Distribution
                  Properties:
                    DistributionConfig:
                      Origins:
                        - Id: api
                          DomainName: api.example.com
                          CustomOriginConfig:
                            OriginProtocolPolicy: https-only
                            OriginSSLProtocols: [TLSv1.2]
                """,
            Url = "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Origins", "ViewerProtocolPolicy", "CacheBehaviorViewerProtocolPolicies"];

    public override CheckOutcome Evaluate(Distribution distribution, CheckContext context)
    {
        var custom = distribution.Origins.Where(o => !o.IsS3).ToList();
        if (custom.Count == 0) return NotApplicable;
        if (custom.Find(o => o.OriginProtocolPolicy is null) is { } unknown)
            return CheckOutcome.Error($"The protocol policy of origin {unknown.Id} of distribution {distribution.DistributionId} was not collected.");
        if (custom.Find(o => o.OriginProtocolPolicy == "http-only") is { } http)
            return Fail($"Distribution {distribution.DistributionId} sends traffic to custom origin {http.Id} over plain HTTP only.");
        var viewersMayUseHttp = distribution.ViewerProtocolPolicy == "allow-all" || distribution.CacheBehaviorViewerProtocolPolicies.Contains("allow-all");
        if (viewersMayUseHttp && custom.Find(o => o.OriginProtocolPolicy == "match-viewer") is { } matching)
            return Fail($"Distribution {distribution.DistributionId} forwards plain HTTP viewer requests to custom origin {matching.Id} (match-viewer while viewers may use HTTP).");
        return Pass($"Distribution {distribution.DistributionId} uses HTTPS to its {custom.Count} custom origin(s).");
    }
}
