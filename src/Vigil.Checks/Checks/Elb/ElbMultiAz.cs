using Vigil.Core.Checks;
using Vigil.Core.Model.Elb;

namespace Vigil.Checks.Checks.Elb;

internal sealed class ElbMultiAz : Check<LoadBalancer>
{
    private const int MinimumZones = 2;

    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "elb-multi-az",
        Title = "Application, Network and Gateway Load Balancers span at least two Availability Zones",
        Severity = Severity.Medium,
        Service = "elb",
        Domain = Domain.Resilience,
        Risk = "A load balancer enabled in a single Availability Zone stops routing traffic when that zone is impaired, so the applications behind it become unavailable.",
        Remediation = new()
        {
            Text = "Enable subnets in at least two Availability Zones for the load balancer and register targets in each of them.",
            Cli = "aws elbv2 set-subnets --load-balancer-arn LB_ARN --subnets SUBNET_A SUBNET_B",
            Terraform = """
                resource "aws_lb" "this" {
                  # ...
                  subnets = [aws_subnet.public_a.id, aws_subnet.public_b.id]
                }
                """,
            CloudFormation = """
                LoadBalancer:
                  Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                  Properties:
                    Subnets: [!Ref PublicSubnetA, !Ref PublicSubnetB]
                """,
            Url = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-subnets.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["AvailabilityZones"];

    public override CheckOutcome Evaluate(LoadBalancer loadBalancer, CheckContext context)
    {
        var zones = loadBalancer.AvailabilityZones.Distinct(StringComparer.Ordinal).Count();
        if (zones == 0) return CheckOutcome.Error($"The Availability Zones of load balancer {loadBalancer.Name} were not collected.");
        return zones >= MinimumZones
            ? Pass($"Load balancer {loadBalancer.Name} spans {zones} Availability Zones.")
            : Fail($"Load balancer {loadBalancer.Name} spans only {zones} Availability Zone, fewer than {MinimumZones}.");
    }
}
