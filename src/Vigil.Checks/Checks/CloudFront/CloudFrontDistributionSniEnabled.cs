using Vigil.Core.Checks;
using Vigil.Core.Model.CloudFront;

namespace Vigil.Checks.Checks.CloudFront;

internal sealed class CloudFrontDistributionSniEnabled : Check<Distribution>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudfront-distribution-sni-enabled",
        Title = "CloudFront distributions with custom certificates serve HTTPS with SNI",
        Severity = Severity.Low,
        Service = "cloudfront",
        Domain = Domain.Network,
        Risk = "Dedicated-IP (vip) HTTPS exists only for clients without SNI support, which are outdated and insecure, and costs a monthly fee per distribution.",
        Remediation = new()
        {
            Text = "Set the SSL support method of the distribution's viewer certificate to sni-only.",
            Cli = "aws cloudfront get-distribution-config --id DISTRIBUTION_ID > config.json  # set ViewerCertificate.SSLSupportMethod to sni-only, then: aws cloudfront update-distribution --id DISTRIBUTION_ID --if-match ETAG --distribution-config file://distribution-config.json",
            Terraform = """
                resource "aws_cloudfront_distribution" "this" {
                  # ...
                  viewer_certificate {
                    acm_certificate_arn = aws_acm_certificate.www.arn
                    ssl_support_method  = "sni-only"
                  }
                }
                """,
            CloudFormation = """
                Distribution:
                  Type: AWS::CloudFront::Distribution
                  Properties:
                    DistributionConfig:
                      ViewerCertificate:
                        AcmCertificateArn: !Ref WwwCertificate
                        SslSupportMethod: sni-only
                """,
            Url = "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-https-dedicated-ip-or-sni.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["UsesDefaultCertificate", "SslSupportMethod"];

    public override CheckOutcome Evaluate(Distribution distribution, CheckContext context)
    {
        if (distribution.UsesDefaultCertificate) return NotApplicable;
        return distribution.SslSupportMethod switch
        {
            null => CheckOutcome.Error($"The SSL support method of distribution {distribution.DistributionId} was not collected."),
            "sni-only" => Pass($"Distribution {distribution.DistributionId} serves HTTPS with SNI."),
            var method => Fail($"Distribution {distribution.DistributionId} serves HTTPS from dedicated IP addresses (SSL support method {method}) instead of SNI."),
        };
    }
}
