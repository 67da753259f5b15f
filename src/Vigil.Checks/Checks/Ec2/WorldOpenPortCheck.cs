using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

/// <summary>A security group must not let one TCP port in from 0.0.0.0/0 or ::/0 (all-traffic and port-range rules
/// that cover it included).</summary>
internal abstract class WorldOpenPortCheck : Check<SecurityGroup>
{
    protected abstract int Port { get; }

    public override IReadOnlyList<string>? Reads => ["Ingress"];

    public override CheckOutcome Evaluate(SecurityGroup group, CheckContext context)
    {
        foreach (var rule in group.Ingress)
        {
            if (!rule.CoversPort(Port)) continue;
            var v4 = rule.FromIpv4World();
            var v6 = rule.FromIpv6World();
            if (v4 || v6)
                return Fail($"Security group {group.Label()} allows ingress from {(v4 ? "0.0.0.0/0" : "::/0")}{(v4 && v6 ? " and ::/0" : "")} to port {Port} (rule {rule.Text()}).");
        }
        return Pass($"Security group {group.Label()} allows no ingress from 0.0.0.0/0 or ::/0 to port {Port}.");
    }
}
