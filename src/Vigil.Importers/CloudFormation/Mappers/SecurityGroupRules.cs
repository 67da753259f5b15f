using Vigil.Core.Model.Ec2;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>Reads a security group rule as written in SecurityGroupIngress/SecurityGroupEgress or in an
/// AWS::EC2::SecurityGroupIngress/Egress resource. Protocol numbers are recorded by name, as EC2 returns them.</summary>
internal static class SecurityGroupRules
{
    public static SecurityGroupRule Read(CfnMap rule)
    {
        var protocol = Normalize(Text(rule, "IpProtocol") ?? "-1");
        var all = protocol == "-1";
        return new SecurityGroupRule
        {
            Protocol = protocol,
            FromPort = all ? null : Number(rule, "FromPort"),
            ToPort = all ? null : Number(rule, "ToPort"),
            Ipv4Ranges = Some(Text(rule, "CidrIp")),
            Ipv6Ranges = Some(Text(rule, "CidrIpv6")),
            ReferencedGroupIds = Some(Text(rule, "SourceSecurityGroupId") ?? Text(rule, "DestinationSecurityGroupId") ?? Text(rule, "SourceSecurityGroupName")),
            PrefixListIds = Some(Text(rule, "SourcePrefixListId") ?? Text(rule, "DestinationPrefixListId")),
        };
    }

    /// <summary>The rule a new security group has until its egress is set: all traffic to anywhere
    /// (https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html).</summary>
    public static SecurityGroupRule AllowAllEgress { get; } = new() { Protocol = "-1", Ipv4Ranges = ["0.0.0.0/0"] };

    private static string Normalize(string protocol) => protocol.ToLowerInvariant() switch
    {
        "6" => "tcp",
        "17" => "udp",
        "1" => "icmp",
        "58" => "icmpv6",
        "all" or "-1" => "-1",
        var other => other,
    };

    private static string? Text(CfnMap map, string key) => map[key] is CfnString s ? s.Value : null;

    private static int? Number(CfnMap map, string key) => int.TryParse(Text(map, key), out var n) ? n : null;

    private static List<string> Some(string? value) => value is null ? [] : [value];
}
