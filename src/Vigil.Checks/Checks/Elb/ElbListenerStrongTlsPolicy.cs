using Vigil.Core.Checks;
using Vigil.Core.Model.Elb;

namespace Vigil.Checks.Checks.Elb;

internal sealed class ElbListenerStrongTlsPolicy : Check<LoadBalancer>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "elb-listener-strong-tls-policy",
        Title = "Application and Network Load Balancer HTTPS and TLS listeners use a recommended TLS 1.3 security policy",
        Severity = Severity.Medium,
        Service = "elb",
        Domain = Domain.DataProtection,
        Risk = "Older security policies such as ELBSecurityPolicy-2016-08 accept TLS 1.0/1.1 and CBC or SHA-1 ciphers, which lets an attacker on the network path downgrade connections and attack them with known protocol weaknesses.",
        Remediation = new()
        {
            Text = "Set the security policy of every HTTPS/TLS listener to a recommended TLS 1.3 policy such as ELBSecurityPolicy-TLS13-1-2-2021-06 (or ELBSecurityPolicy-TLS13-1-2-Res-2021-06).",
            Cli = "aws elbv2 modify-listener --listener-arn LISTENER_ARN --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06",
            Terraform = """
                resource "aws_lb_listener" "https" {
                  # ...
                  protocol   = "HTTPS"
                  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"
                }
                """,
            CloudFormation = """
                HttpsListener:
                  Type: AWS::ElasticLoadBalancingV2::Listener
                  Properties:
                    Protocol: HTTPS
                    SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
                """,
            Url = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Type", "Listeners"];

    public override CheckOutcome Evaluate(LoadBalancer loadBalancer, CheckContext context)
    {
        if (loadBalancer.Type is not ("application" or "network")) return NotApplicable;
        var encrypted = loadBalancer.Listeners.Where(l => l.IsEncrypted).ToList();
        if (encrypted.Count == 0) return NotApplicable;
        if (encrypted.FirstOrDefault(l => l.SslPolicy is null) is { } unknown)
            return CheckOutcome.Error($"The security policy of {unknown.Protocol} listener port {unknown.Port} of {loadBalancer.Name} was not collected.");
        var weak = encrypted.Where(l => !ElbTlsPolicies.Recommended.Contains(l.SslPolicy!)).Select(l => $"{l.Port} ({l.SslPolicy})").ToList();
        return weak.Count == 0
            ? Pass($"Every HTTPS/TLS listener of load balancer {loadBalancer.Name} uses a recommended security policy.")
            : Fail($"Load balancer {loadBalancer.Name} has HTTPS/TLS listener(s) on port {string.Join(", ", weak)} without a recommended TLS 1.3 security policy.");
    }
}
