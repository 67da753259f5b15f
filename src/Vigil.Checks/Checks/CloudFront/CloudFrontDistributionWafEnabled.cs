using Vigil.Core.Checks;
using Vigil.Core.Model.CloudFront;

namespace Vigil.Checks.Checks.CloudFront;

internal sealed class CloudFrontDistributionWafEnabled : Check<Distribution>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudfront-distribution-waf-enabled",
        Title = "CloudFront distributions are protected by an AWS WAF web ACL",
        Severity = Severity.Medium,
        Service = "cloudfront",
        Domain = Domain.Network,
        Risk = "Without a web ACL, common web exploits, bad bots and request floods reach the origin unfiltered, and there is no place to block an attack quickly at the edge.",
        Remediation = new()
        {
            Text = "Create an AWS WAF web ACL with scope CLOUDFRONT (in us-east-1), add managed rule groups such as the core rule set, and associate it with the distribution.",
            Cli = "aws cloudfront get-distribution-config --id DISTRIBUTION_ID > config.json  # set DistributionConfig.WebACLId to the web ACL ARN, then: aws cloudfront update-distribution --id DISTRIBUTION_ID --if-match ETAG --distribution-config file://distribution-config.json",
            Terraform = """
                resource "aws_cloudfront_distribution" "this" {
                  # ...
                  web_acl_id = aws_wafv2_web_acl.edge.arn
                }
                """,
            CloudFormation = """
                Distribution:
                  Type: AWS::CloudFront::Distribution
                  Properties:
                    DistributionConfig:
                      WebACLId: !GetAtt EdgeWebAcl.Arn
                """,
            Url = "https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["WebAclId"];

    public override CheckOutcome Evaluate(Distribution distribution, CheckContext context) => string.IsNullOrEmpty(distribution.WebAclId)
        ? Fail($"Distribution {distribution.DistributionId} has no AWS WAF web ACL associated.")
        : Pass($"Distribution {distribution.DistributionId} is associated with a web ACL.");
}
