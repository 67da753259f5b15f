using Vigil.Core.Checks;
using Vigil.Core.Model.CloudFront;

namespace Vigil.Checks.Checks.CloudFront;

internal sealed class CloudFrontDistributionLoggingEnabled : Check<Distribution>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudfront-distribution-logging-enabled",
        Title = "CloudFront distributions have access logging enabled",
        Severity = Severity.Medium,
        Service = "cloudfront",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without access logs there is no record of who requested what through the distribution, which leaves attacks, scraping and data exfiltration through the edge uninvestigable.",
        Remediation = new()
        {
            Text = "Turn on standard logging for the distribution to an S3 bucket (or configure standard logging v2 to CloudWatch Logs or Firehose).",
            Cli = "aws cloudfront get-distribution-config --id DISTRIBUTION_ID > config.json  # set DistributionConfig.Logging (Enabled true, Bucket, Prefix), then: aws cloudfront update-distribution --id DISTRIBUTION_ID --if-match ETAG --distribution-config file://distribution-config.json",
            Terraform = """
                resource "aws_cloudfront_distribution" "this" {
                  # ...
                  logging_config {
                    bucket          = "acme-cloudfront-logs.s3.amazonaws.com"
                    prefix          = "website/"
                    include_cookies = false
                  }
                }
                """,
            CloudFormation = """
                Distribution:
                  Type: AWS::CloudFront::Distribution
                  Properties:
                    DistributionConfig:
                      Logging:
                        Bucket: acme-cloudfront-logs.s3.amazonaws.com
                        Prefix: website/
                        IncludeCookies: false
                """,
            Url = "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["LoggingEnabled"];

    public override CheckOutcome Evaluate(Distribution distribution, CheckContext context) => distribution.LoggingEnabled
        ? Pass($"Distribution {distribution.DistributionId} has access logging enabled.")
        : Fail($"Distribution {distribution.DistributionId} has access logging disabled.");
}
