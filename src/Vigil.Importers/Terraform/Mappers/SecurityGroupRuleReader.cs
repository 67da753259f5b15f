using System.Text.Json;
using Vigil.Core.Model.Ec2;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>Security group rules from the inline ingress/egress blocks of aws_security_group, aws_security_group_rule,
/// and aws_vpc_security_group_ingress_rule / aws_vpc_security_group_egress_rule.</summary>
internal static class SecurityGroupRuleReader
{
    /// <summary>An inline rule block (or aws_security_group_rule) as planned.</summary>
    public static SecurityGroupRule Inline(JsonElement rule, IReadOnlyList<string> referencedGroups) => new()
    {
        Protocol = Protocol(JsonFields.Text(rule, "protocol") ?? "-1"),
        FromPort = JsonFields.Number(rule, "from_port"),
        ToPort = JsonFields.Number(rule, "to_port"),
        Ipv4Ranges = JsonFields.Strings(rule, "cidr_blocks"),
        Ipv6Ranges = JsonFields.Strings(rule, "ipv6_cidr_blocks"),
        PrefixListIds = JsonFields.Strings(rule, "prefix_list_ids"),
        ReferencedGroupIds = referencedGroups,
    };

    /// <summary>aws_security_group_rule: a rule with its source group id resolved through the configuration.</summary>
    public static SecurityGroupRule? Standalone(PlanInstance rule, string selfId, MappingContext context, Unknowns unknowns, string property)
    {
        var cidrs = context.Read(rule, "cidr_blocks");
        var ipv6 = context.Read(rule, "ipv6_cidr_blocks");
        var source = context.Read(rule, "source_security_group_id");
        if (unknowns.Track(property, cidrs) | unknowns.Track(property, ipv6) | unknowns.Track(property, source)) return null;
        var groups = new List<string>();
        if (context.IdText(source) is { } group) groups.Add(group);
        if (context.Read(rule, "self").Bool == true) groups.Add(selfId);
        return Inline(rule.Values, groups) with { Ipv4Ranges = cidrs.Strings, Ipv6Ranges = ipv6.Strings };
    }

    /// <summary>aws_vpc_security_group_ingress_rule / egress_rule: one CIDR, prefix list or group per rule; ip_protocol
    /// "-1" opens every port (from_port and to_port are then not set).</summary>
    public static SecurityGroupRule? Vpc(PlanInstance rule, MappingContext context, Unknowns unknowns, string property)
    {
        var ipv4 = context.Read(rule, "cidr_ipv4");
        var ipv6 = context.Read(rule, "cidr_ipv6");
        var group = context.Read(rule, "referenced_security_group_id");
        var prefix = context.Read(rule, "prefix_list_id");
        if (unknowns.Track(property, ipv4) | unknowns.Track(property, ipv6) | unknowns.Track(property, group) | unknowns.Track(property, prefix)) return null;
        return new SecurityGroupRule
        {
            Protocol = Protocol(context.Read(rule, "ip_protocol").String ?? "-1"),
            FromPort = context.Read(rule, "from_port").Int,
            ToPort = context.Read(rule, "to_port").Int,
            Ipv4Ranges = ipv4.String is { } v4 ? [v4] : [],
            Ipv6Ranges = ipv6.String is { } v6 ? [v6] : [],
            ReferencedGroupIds = context.IdText(group) is { } g ? [g] : [],
            PrefixListIds = prefix.String is { } p ? [p] : [],
        };
    }

    /// <summary>Terraform accepts protocol names and numbers; "all" and "-1" both mean every protocol.</summary>
    private static string Protocol(string protocol) => protocol switch
    {
        "all" or "-1" => "-1",
        "6" => "tcp",
        "17" => "udp",
        "1" => "icmp",
        _ => protocol.ToLowerInvariant(),
    };
}
