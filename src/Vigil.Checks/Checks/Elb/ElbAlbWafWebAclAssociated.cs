using Vigil.Core.Checks;
using Vigil.Core.Model.Elb;

namespace Vigil.Checks.Checks.Elb;

internal sealed class ElbAlbWafWebAclAssociated : Check<LoadBalancer>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "elb-alb-waf-web-acl-associated",
        Title = "Application Load Balancers are protected by an AWS WAF web ACL",
        Severity = Severity.Medium,
        Service = "elb",
        Domain = Domain.Network,
        Risk = "Without a web ACL, injection attempts, known-bad bots, credential stuffing and request floods reach the application unfiltered; the load balancer only forwards what it receives.",
        Remediation = new()
        {
            Text = "Associate an AWS WAF web ACL (for example with the AWS managed core rule set and known bad inputs rules, and a rate-based rule) with the Application Load Balancer.",
            Cli = "aws wafv2 associate-web-acl --web-acl-arn WEB_ACL_ARN --resource-arn LOAD_BALANCER_ARN",
            Terraform = """
                resource "aws_wafv2_web_acl_association" "this" {
                  resource_arn = aws_lb.this.arn
                  web_acl_arn  = aws_wafv2_web_acl.regional.arn
                }
                """,
            CloudFormation = """
                WebAclAssociation:
                  Type: AWS::WAFv2::WebACLAssociation
                  Properties:
                    ResourceArn: !Ref LoadBalancer
                    WebACLArn: !GetAtt RegionalWebAcl.Arn
                """,
            Url = "https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["WebAclArn"];

    public override CheckOutcome Evaluate(LoadBalancer balancer, CheckContext context)
    {
        if (!balancer.IsApplication) return NotApplicable;
        return balancer.WebAclArn is { } webAcl
            ? Pass($"Application Load Balancer {balancer.Name} is protected by web ACL {webAcl}.")
            : Fail($"Application Load Balancer {balancer.Name} ({balancer.Scheme}) is associated with no AWS WAF web ACL.");
    }
}
