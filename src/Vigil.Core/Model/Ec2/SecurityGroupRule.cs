namespace Vigil.Core.Model.Ec2;

/// <summary>One permission of a security group. Protocol "-1" means all protocols and all ports.</summary>
public sealed record SecurityGroupRule
{
    public required string Protocol { get; init; }
    public int? FromPort { get; init; }
    public int? ToPort { get; init; }
    public IReadOnlyList<string> Ipv4Ranges { get => field ?? []; init; }
    public IReadOnlyList<string> Ipv6Ranges { get => field ?? []; init; }
    public IReadOnlyList<string> ReferencedGroupIds { get => field ?? []; init; }
    public IReadOnlyList<string> PrefixListIds { get => field ?? []; init; }

    public bool AllProtocols => Protocol == "-1" || Protocol == "all";

    /// <summary>True when the rule lets the given TCP (or UDP) port through.</summary>
    public bool CoversPort(int port, string protocol = "tcp")
    {
        if (AllProtocols) return true;
        if (!string.Equals(Protocol, protocol, StringComparison.OrdinalIgnoreCase)
            && !(protocol == "tcp" && Protocol == "6") && !(protocol == "udp" && Protocol == "17")) return false;
        if (FromPort is null || ToPort is null) return true;
        if (FromPort == -1 && ToPort == -1) return true;
        return FromPort <= port && port <= ToPort;
    }

    public bool OpenToIpv4World => Ipv4Ranges.Contains("0.0.0.0/0");
    public bool OpenToIpv6World => Ipv6Ranges.Contains("::/0");
    public bool OpenToWorld => OpenToIpv4World || OpenToIpv6World;
}
