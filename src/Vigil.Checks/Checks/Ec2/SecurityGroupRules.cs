using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

/// <summary>Shared reading of security group rules: world sources, TCP/UDP port coverage and rule text.</summary>
internal static class SecurityGroupRules
{
    public static bool IsWorld(string? cidr) => cidr is not null && cidr.Trim().EndsWith("/0", StringComparison.Ordinal);

    public static bool FromIpv4World(this SecurityGroupRule rule) => rule.Ipv4Ranges.Any(IsWorld);

    public static bool FromIpv6World(this SecurityGroupRule rule) => rule.Ipv6Ranges.Any(IsWorld);

    public static bool FromWorld(this SecurityGroupRule rule) => rule.FromIpv4World() || rule.FromIpv6World();

    public static bool AllowsTcpOrUdp(this SecurityGroupRule rule, int port) => rule.CoversPort(port, "tcp") || rule.CoversPort(port, "udp");

    public static bool IsTcp(this SecurityGroupRule rule) =>
        rule.Protocol == "6" || string.Equals(rule.Protocol, "tcp", StringComparison.OrdinalIgnoreCase);

    public static bool IsTcpOrUdp(this SecurityGroupRule rule) =>
        rule.IsTcp() || rule.Protocol == "17" || string.Equals(rule.Protocol, "udp", StringComparison.OrdinalIgnoreCase);

    /// <summary>The inclusive port range of a TCP or UDP rule; absent or -1 bounds mean every port.</summary>
    public static (int From, int To) PortRange(this SecurityGroupRule rule) =>
        rule.FromPort is null or -1 || rule.ToPort is null or -1 ? (0, 65535) : (rule.FromPort.Value, rule.ToPort.Value);

    public static string Text(this SecurityGroupRule rule)
    {
        if (rule.AllProtocols) return "all traffic";
        if (!rule.IsTcpOrUdp()) return $"protocol {rule.Protocol}";
        var (from, to) = rule.PortRange();
        var protocol = rule.IsTcp() ? "tcp" : "udp";
        return from == to ? $"{protocol}/{from}" : $"{protocol}/{from}-{to}";
    }

    public static string Label(this SecurityGroup group) =>
        group.Name == group.GroupId ? group.GroupId : $"{group.GroupId} ({group.Name})";
}
