using Vigil.Core.Checks;
using Vigil.Core.Model.CloudFront;

namespace Vigil.Checks.Checks.CloudFront;

internal sealed class CloudFrontDistributionOriginFailover : Check<Distribution>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudfront-distribution-origin-failover",
        Title = "CloudFront distributions have an origin group with failover",
        Severity = Severity.Low,
        Service = "cloudfront",
        Domain = Domain.Resilience,
        Risk = "With a single origin and no origin group, an outage of that origin makes the whole distribution fail instead of falling back to a secondary origin.",
        Remediation = new()
        {
            Text = "Create an origin group with a primary and a secondary origin and failover status codes, and route the cache behaviors to it.",
            Cli = "aws cloudfront get-distribution-config --id DISTRIBUTION_ID > config.json  # add DistributionConfig.OriginGroups with two members, then: aws cloudfront update-distribution --id DISTRIBUTION_ID --if-match ETAG --distribution-config file://distribution-config.json",
            Terraform = """
                resource "aws_cloudfront_distribution" "this" {
                  # ...
                  origin_group {
                    origin_id = "primary-with-failover"
                    failover_criteria { status_codes = [500, 502, 503, 504] }
                    member { origin_id = "primary" }
                    member { origin_id = "secondary" }
                  }
                }
                """,
            CloudFormation = """
                Distribution:
                  Type: AWS::CloudFront::Distribution
                  Properties:
                    DistributionConfig:
                      OriginGroups:
                        Quantity: 1
                        Items:
                          - Id: primary-with-failover
                            FailoverCriteria: { StatusCodes: { Quantity: 4, Items: [500, 502, 503, 504] } }
                            Members: { Quantity: 2, Items: [{ OriginId: primary }, { OriginId: secondary }] }
                """,
            Url = "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/high_availability_origin_failover.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["HasOriginGroupWithFailover"];

    public override CheckOutcome Evaluate(Distribution distribution, CheckContext context) => distribution.HasOriginGroupWithFailover
        ? Pass($"Distribution {distribution.DistributionId} has an origin group with failover.")
        : Fail($"Distribution {distribution.DistributionId} has no origin group with a secondary origin to fail over to.");
}
