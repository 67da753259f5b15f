namespace Vigil.Core.Model.Ec2;

/// <summary>A numbered NACL rule. Protocol "-1" means all; rule 32767 is the implicit deny.</summary>
public sealed record NetworkAclEntry
{
    public int RuleNumber { get; init; }
    public required string Protocol { get; init; }
    /// <summary>allow or deny.</summary>
    public required string RuleAction { get; init; }
    public bool Egress { get; init; }
    public string? CidrBlock { get; init; }
    public string? Ipv6CidrBlock { get; init; }
    public int? FromPort { get; init; }
    public int? ToPort { get; init; }

    public bool IsAllow => RuleAction == "allow";
    public bool FromAnywhere => CidrBlock == "0.0.0.0/0" || Ipv6CidrBlock == "::/0";

    public bool CoversTcpPort(int port)
    {
        if (Protocol != "-1" && Protocol != "6" && Protocol != "tcp") return false;
        if (Protocol == "-1" || FromPort is null || ToPort is null) return true;
        return FromPort <= port && port <= ToPort;
    }
}
