using Vigil.Core.Checks;
using Vigil.Core.Model.Elb;

namespace Vigil.Checks.Checks.Elb;

internal sealed class ElbClassicMultiAz : Check<ClassicLoadBalancer>
{
    private const int MinimumZones = 2;

    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "elb-classic-multi-az",
        Title = "Classic Load Balancers span at least two Availability Zones",
        Severity = Severity.Medium,
        Service = "elb",
        Domain = Domain.Resilience,
        Risk = "A Classic Load Balancer in a single Availability Zone stops routing traffic when that zone is impaired, so the applications behind it become unavailable.",
        Remediation = new()
        {
            Text = "Attach subnets in at least two Availability Zones to the Classic Load Balancer (or add zones for EC2-Classic) and register instances in each of them.",
            Cli = "aws elb attach-load-balancer-to-subnets --load-balancer-name LB_NAME --subnets SUBNET_B",
            Terraform = """
                resource "aws_elb" "this" {
                  # ...
                  subnets = [aws_subnet.public_a.id, aws_subnet.public_b.id]
                }
                """,
            CloudFormation = """
                LoadBalancer:
                  Type: AWS::ElasticLoadBalancing::LoadBalancer
                  Properties:
                    Subnets: [!Ref PublicSubnetA, !Ref PublicSubnetB]
                """,
            Url = "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-az.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["AvailabilityZones"];

    public override CheckOutcome Evaluate(ClassicLoadBalancer loadBalancer, CheckContext context)
    {
        var zones = loadBalancer.AvailabilityZones.Distinct(StringComparer.Ordinal).Count();
        if (zones == 0) return CheckOutcome.Error($"The Availability Zones of Classic Load Balancer {loadBalancer.Name} were not collected.");
        return zones >= MinimumZones
            ? Pass($"Classic Load Balancer {loadBalancer.Name} spans {zones} Availability Zones.")
            : Fail($"Classic Load Balancer {loadBalancer.Name} spans only {zones} Availability Zone, fewer than {MinimumZones}.");
    }
}
