using Vigil.Core.Checks;
using Vigil.Core.Model.Elb;

namespace Vigil.Checks.Checks.Elb;

internal sealed class ElbClassicDesyncMitigation : Check<ClassicLoadBalancer>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "elb-classic-desync-mitigation",
        Title = "Classic Load Balancers use defensive or strictest desync mitigation mode",
        Severity = Severity.Medium,
        Service = "elb",
        Domain = Domain.Network,
        Risk = "In monitor mode the load balancer forwards ambiguous requests that frontends and backends parse differently, so HTTP desync (request smuggling) attacks can poison queues and caches or hijack other users' requests.",
        Remediation = new()
        {
            Text = "Set the Classic Load Balancer attribute elb.http.desyncmitigationmode to defensive (or strictest).",
            Cli = "aws elb modify-load-balancer-attributes --load-balancer-name LB_NAME --load-balancer-attributes '{\"AdditionalAttributes\":[{\"Key\":\"elb.http.desyncmitigationmode\",\"Value\":\"defensive\"}]}'",
            Terraform = """
                resource "aws_elb" "this" {
                  # ...
                  desync_mitigation_mode = "defensive"
                }
                """,
            CloudFormation = """
                # AWS::ElasticLoadBalancing::LoadBalancer has no desync mitigation property; defensive is the default
                # for new load balancers. Use the CLI (or a custom resource) to change an existing one.
                """,
            Url = "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-desync-mitigation-mode.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["DesyncMitigationMode"];

    public override CheckOutcome Evaluate(ClassicLoadBalancer loadBalancer, CheckContext context) => loadBalancer.DesyncMitigationMode switch
    {
        null => CheckOutcome.Error($"The desync mitigation mode of Classic Load Balancer {loadBalancer.Name} was not collected."),
        var mode when DesyncMitigation.IsDefensiveOrStrictest(mode) => Pass($"Classic Load Balancer {loadBalancer.Name} uses desync mitigation mode {mode}."),
        var mode => Fail($"Classic Load Balancer {loadBalancer.Name} uses desync mitigation mode {mode} instead of defensive or strictest."),
    };
}
