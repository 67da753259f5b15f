using Vigil.Core.Checks;
using Vigil.Core.Model.CloudFront;

namespace Vigil.Checks.Checks.CloudFront;

internal sealed class CloudFrontDistributionOriginNoDeprecatedSsl : Check<Distribution>
{
    private static readonly string[] Deprecated = ["SSLv3", "TLSv1", "TLSv1.1"];

    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudfront-distribution-origin-no-deprecated-ssl",
        Title = "CloudFront distributions allow no deprecated SSL/TLS protocols to custom origins",
        Severity = Severity.Medium,
        Service = "cloudfront",
        Domain = Domain.DataProtection,
        Risk = "SSLv3, TLS 1.0 and TLS 1.1 are deprecated (RFC 7568, RFC 8996); allowing them to the origin lets a downgraded connection between the edge and the origin be decrypted or tampered with.",
        Remediation = new()
        {
            Text = "Allow only TLSv1.2 in the origin SSL protocols of every custom origin that CloudFront reaches over HTTPS.",
            Cli = "aws cloudfront get-distribution-config --id DISTRIBUTION_ID > config.json  # set CustomOriginConfig.OriginSslProtocols to [TLSv1.2], then: aws cloudfront update-distribution --id DISTRIBUTION_ID --if-match ETAG --distribution-config file://distribution-config.json",
            Terraform = """
                resource "aws_cloudfront_distribution" "this" {
                  # ...
                  origin {
                    # ...
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

    public override IReadOnlyList<string>? Reads => ["Origins"];

    public override CheckOutcome Evaluate(Distribution distribution, CheckContext context)
    {
        var https = distribution.Origins.Where(o => !o.IsS3 && o.OriginProtocolPolicy != "http-only").ToList();
        if (https.Count == 0) return NotApplicable;
        if (https.Find(o => o.OriginSslProtocols.Count == 0) is { } unknown)
            return CheckOutcome.Error($"The SSL protocols of origin {unknown.Id} of distribution {distribution.DistributionId} were not collected.");
        foreach (var origin in https)
        {
            var deprecated = origin.OriginSslProtocols.Where(p => Deprecated.Contains(p, StringComparer.OrdinalIgnoreCase)).ToList();
            if (deprecated.Count > 0)
                return Fail($"Distribution {distribution.DistributionId} allows {string.Join(", ", deprecated)} to custom origin {origin.Id}.");
        }

        return Pass($"Distribution {distribution.DistributionId} allows only current TLS versions to its custom origins.");
    }
}
