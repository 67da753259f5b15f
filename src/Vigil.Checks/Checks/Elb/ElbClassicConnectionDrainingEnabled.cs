using Vigil.Core.Checks;
using Vigil.Core.Model.Elb;

namespace Vigil.Checks.Checks.Elb;

internal sealed class ElbClassicConnectionDrainingEnabled : Check<ClassicLoadBalancer>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "elb-classic-connection-draining-enabled",
        Title = "Classic Load Balancers have connection draining enabled",
        Severity = Severity.Low,
        Service = "elb",
        Domain = Domain.Resilience,
        Risk = "Without connection draining, in-flight requests are cut off whenever an instance is deregistered or fails its health check, so deployments and scaling events cause client errors and partial writes.",
        Remediation = new()
        {
            Text = "Enable connection draining on the Classic Load Balancer with a timeout that covers the longest normal request (for example 300 seconds).",
            Cli = "aws elb modify-load-balancer-attributes --load-balancer-name LB_NAME --load-balancer-attributes '{\"ConnectionDraining\":{\"Enabled\":true,\"Timeout\":300}}'",
            Terraform = """
                resource "aws_elb" "this" {
                  # ...
                  connection_draining         = true
                  connection_draining_timeout = 300
                }
                """,
            CloudFormation = """
                LoadBalancer:
                  Type: AWS::ElasticLoadBalancing::LoadBalancer
                  Properties:
                    ConnectionDrainingPolicy:
                      Enabled: true
                      Timeout: 300
                """,
            Url = "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-conn-drain.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["ConnectionDrainingEnabled"];

    public override CheckOutcome Evaluate(ClassicLoadBalancer loadBalancer, CheckContext context) => loadBalancer.ConnectionDrainingEnabled
        ? Pass($"Classic Load Balancer {loadBalancer.Name} has connection draining enabled.")
        : Fail($"Classic Load Balancer {loadBalancer.Name} has connection draining disabled.");
}
