using Vigil.Core.Checks;
using Vigil.Core.Model.Elb;

namespace Vigil.Checks.Checks.Elb;

internal sealed class ElbClassicCrossZoneEnabled : Check<ClassicLoadBalancer>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "elb-classic-cross-zone-enabled",
        Title = "Classic Load Balancers have cross-zone load balancing enabled",
        Severity = Severity.Low,
        Service = "elb",
        Domain = Domain.Resilience,
        Risk = "Without cross-zone load balancing each load balancer node only uses the instances of its own zone, so an uneven or degraded zone overloads its instances while capacity elsewhere stays idle.",
        Remediation = new()
        {
            Text = "Enable cross-zone load balancing on the Classic Load Balancer.",
            Cli = "aws elb modify-load-balancer-attributes --load-balancer-name LB_NAME --load-balancer-attributes '{\"CrossZoneLoadBalancing\":{\"Enabled\":true}}'",
            Terraform = """
                resource "aws_elb" "this" {
                  # ...
                  cross_zone_load_balancing = true
                }
                """,
            CloudFormation = """
                LoadBalancer:
                  Type: AWS::ElasticLoadBalancing::LoadBalancer
                  Properties:
                    CrossZone: true
                """,
            Url = "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-crosszone-lb.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["CrossZoneLoadBalancingEnabled"];

    public override CheckOutcome Evaluate(ClassicLoadBalancer loadBalancer, CheckContext context) => loadBalancer.CrossZoneLoadBalancingEnabled
        ? Pass($"Classic Load Balancer {loadBalancer.Name} has cross-zone load balancing enabled.")
        : Fail($"Classic Load Balancer {loadBalancer.Name} has cross-zone load balancing disabled.");
}
