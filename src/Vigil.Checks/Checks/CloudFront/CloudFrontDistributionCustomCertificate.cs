using Vigil.Core.Checks;
using Vigil.Core.Model.CloudFront;

namespace Vigil.Checks.Checks.CloudFront;

internal sealed class CloudFrontDistributionCustomCertificate : Check<Distribution>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudfront-distribution-custom-certificate",
        Title = "CloudFront distributions use a custom SSL/TLS certificate",
        Severity = Severity.Medium,
        Service = "cloudfront",
        Domain = Domain.DataProtection,
        Risk = "With the default *.cloudfront.net certificate, viewers reach the site through a shared CloudFront name, and the distribution cannot enforce a modern minimum TLS security policy for them.",
        Remediation = new()
        {
            Text = "Request or import a certificate in ACM in us-east-1 for the site's domain names, add them as alternate domain names and attach the certificate to the distribution.",
            Cli = "aws acm request-certificate --region us-east-1 --domain-name www.example.com --validation-method DNS  # then set DistributionConfig.ViewerCertificate.ACMCertificateArn and update-distribution",
            Terraform = """
                resource "aws_cloudfront_distribution" "this" {
                  # ...
                  aliases = ["www.example.com"]
                  viewer_certificate {
                    acm_certificate_arn      = aws_acm_certificate.www.arn
                    ssl_support_method       = "sni-only"
                    minimum_protocol_version = "TLSv1.2_2021"
                  }
                }
                """,
            CloudFormation = """
                Distribution:
                  Type: AWS::CloudFront::Distribution
                  Properties:
                    DistributionConfig:
                      Aliases: [www.example.com]
                      ViewerCertificate:
                        AcmCertificateArn: !Ref WwwCertificate
                        SslSupportMethod: sni-only
                        MinimumProtocolVersion: TLSv1.2_2021
                """,
            Url = "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-alternate-domain-names.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["UsesDefaultCertificate"];

    public override CheckOutcome Evaluate(Distribution distribution, CheckContext context) => distribution.UsesDefaultCertificate
        ? Fail($"Distribution {distribution.DistributionId} uses the default *.cloudfront.net certificate.")
        : Pass($"Distribution {distribution.DistributionId} uses a custom SSL/TLS certificate.");
}
