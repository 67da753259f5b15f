using Vigil.Core.Checks;
using Vigil.Core.Model.Elb;

namespace Vigil.Checks.Checks.Elb;

internal sealed class ElbAlbDropsInvalidHeaders : Check<LoadBalancer>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "elb-alb-drops-invalid-headers",
        Title = "Application Load Balancers drop invalid HTTP header fields",
        Severity = Severity.Medium,
        Service = "elb",
        Domain = Domain.Network,
        Risk = "Forwarding header fields with invalid names lets attackers smuggle headers that backends parse differently from the load balancer, enabling request smuggling and header injection attacks.",
        Remediation = new()
        {
            Text = "Set the load balancer attribute routing.http.drop_invalid_header_fields.enabled to true.",
            Cli = "aws elbv2 modify-load-balancer-attributes --load-balancer-arn LB_ARN --attributes Key=routing.http.drop_invalid_header_fields.enabled,Value=true",
            Terraform = """
                resource "aws_lb" "this" {
                  # ...
                  load_balancer_type         = "application"
                  drop_invalid_header_fields = true
                }
                """,
            CloudFormation = """
                LoadBalancer:
                  Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                  Properties:
                    LoadBalancerAttributes:
                      - Key: routing.http.drop_invalid_header_fields.enabled
                        Value: "true"
                """,
            Url = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Type", "DropInvalidHeaderFields"];

    public override CheckOutcome Evaluate(LoadBalancer loadBalancer, CheckContext context)
    {
        if (!loadBalancer.IsApplication) return NotApplicable;
        return loadBalancer.DropInvalidHeaderFields
            ? Pass($"Application Load Balancer {loadBalancer.Name} drops invalid HTTP header fields.")
            : Fail($"Application Load Balancer {loadBalancer.Name} forwards invalid HTTP header fields to its targets.");
    }
}
