using Vigil.Core.Checks;
using Vigil.Core.Model.Elb;

namespace Vigil.Checks.Checks.Elb;

internal sealed class ElbAlbDesyncMitigation : Check<LoadBalancer>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "elb-alb-desync-mitigation",
        Title = "Application Load Balancers use defensive or strictest desync mitigation mode",
        Severity = Severity.Medium,
        Service = "elb",
        Domain = Domain.Network,
        Risk = "In monitor mode the load balancer forwards ambiguous requests that frontends and backends parse differently, so HTTP desync (request smuggling) attacks can poison queues and caches or hijack other users' requests.",
        Remediation = new()
        {
            Text = "Set the load balancer attribute routing.http.desync_mitigation_mode to defensive (or strictest).",
            Cli = "aws elbv2 modify-load-balancer-attributes --load-balancer-arn LB_ARN --attributes Key=routing.http.desync_mitigation_mode,Value=defensive",
            Terraform = """
                resource "aws_lb" "this" {
                  # ...
                  load_balancer_type     = "application"
                  desync_mitigation_mode = "defensive"
                }
                """,
            CloudFormation = """
                LoadBalancer:
                  Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                  Properties:
                    LoadBalancerAttributes:
                      - Key: routing.http.desync_mitigation_mode
                        Value: defensive
                """,
            Url = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#desync-mitigation-mode",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Type", "DesyncMitigationMode"];

    public override CheckOutcome Evaluate(LoadBalancer loadBalancer, CheckContext context)
    {
        if (!loadBalancer.IsApplication) return NotApplicable;
        return loadBalancer.DesyncMitigationMode switch
        {
            null => CheckOutcome.Error($"The desync mitigation mode of Application Load Balancer {loadBalancer.Name} was not collected."),
            var mode when DesyncMitigation.IsDefensiveOrStrictest(mode) => Pass($"Application Load Balancer {loadBalancer.Name} uses desync mitigation mode {mode}."),
            var mode => Fail($"Application Load Balancer {loadBalancer.Name} uses desync mitigation mode {mode} instead of defensive or strictest."),
        };
    }
}
