using Vigil.Core.Checks;
using Vigil.Core.Model.Elb;

namespace Vigil.Checks.Checks.Elb;

internal sealed class ElbDeletionProtectionEnabled : Check<LoadBalancer>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "elb-deletion-protection-enabled",
        Title = "Application, Network and Gateway Load Balancers have deletion protection enabled",
        Severity = Severity.Medium,
        Service = "elb",
        Domain = Domain.Resilience,
        Risk = "Without deletion protection a mistaken console click, script or compromised principal can delete the load balancer and take every application behind it offline, and its DNS name cannot be recovered.",
        Remediation = new()
        {
            Text = "Set the load balancer attribute deletion_protection.enabled to true.",
            Cli = "aws elbv2 modify-load-balancer-attributes --load-balancer-arn LB_ARN --attributes Key=deletion_protection.enabled,Value=true",
            Terraform = """
                resource "aws_lb" "this" {
                  # ...
                  enable_deletion_protection = true
                }
                """,
            CloudFormation = """
                LoadBalancer:
                  Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                  Properties:
                    LoadBalancerAttributes:
                      - Key: deletion_protection.enabled
                        Value: "true"
                """,
            Url = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection",
        },
    };

    public override IReadOnlyList<string>? Reads => ["DeletionProtection"];

    public override CheckOutcome Evaluate(LoadBalancer loadBalancer, CheckContext context) => loadBalancer.DeletionProtection
        ? Pass($"Load balancer {loadBalancer.Name} has deletion protection enabled.")
        : Fail($"Load balancer {loadBalancer.Name} has deletion protection disabled.");
}
