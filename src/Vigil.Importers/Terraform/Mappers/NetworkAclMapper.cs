using System.Text.Json;
using Vigil.Core.Model.Ec2;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_network_acl with its inline rules, aws_network_acl_rule and aws_network_acl_association; like a live
/// read it ends each direction with the implicit deny-all rule 32767.</summary>
internal sealed class NetworkAclMapper : IResourceMapper
{
    public string Type => "aws_network_acl";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var entries = new List<NetworkAclEntry>();
        foreach (var (direction, egress) in new[] { ("ingress", false), ("egress", true) })
        {
            var inline = context.Read(instance, direction);
            unknowns.Track("Entries", inline);
            entries.AddRange(inline.Items.Select(rule => Inline(rule, egress)));
        }
        foreach (var rule in context.Joined(instance, "aws_network_acl_rule", "network_acl_id"))
        {
            var cidr = context.Read(rule, "cidr_block");
            if (unknowns.Track("Entries", cidr)) continue;
            entries.Add(new NetworkAclEntry
            {
                RuleNumber = context.Read(rule, "rule_number").Int ?? 0,
                Protocol = Protocol(context.Read(rule, "protocol").String ?? "-1"),
                RuleAction = context.Read(rule, "rule_action").String ?? "deny",
                Egress = context.Read(rule, "egress").Bool ?? false,
                CidrBlock = cidr.String,
                Ipv6CidrBlock = context.Read(rule, "ipv6_cidr_block").String,
                FromPort = context.Read(rule, "from_port").Int,
                ToPort = context.Read(rule, "to_port").Int,
            });
        }
        entries.Add(new NetworkAclEntry { RuleNumber = 32767, Protocol = "-1", RuleAction = "deny", Egress = false, CidrBlock = "0.0.0.0/0" });
        entries.Add(new NetworkAclEntry { RuleNumber = 32767, Protocol = "-1", RuleAction = "deny", Egress = true, CidrBlock = "0.0.0.0/0" });
        var subnets = context.IdList(context.Read(instance, "subnet_ids")).ToList();
        subnets.AddRange(context.Joined(instance, "aws_network_acl_association", "network_acl_id")
            .Select(a => context.IdText(context.Read(a, "subnet_id"))).OfType<string>());
        context.Add(new NetworkAcl
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            NetworkAclId = identity.Id,
            VpcId = context.IdText(context.Read(instance, "vpc_id")),
            Entries = entries.OrderBy(e => e.Egress).ThenBy(e => e.RuleNumber).ToList(),
            SubnetIds = subnets.Distinct(StringComparer.Ordinal).ToList(),
        }, unknowns);
    }

    private static NetworkAclEntry Inline(JsonElement rule, bool egress) => new()
    {
        RuleNumber = JsonFields.Number(rule, "rule_no") ?? 0,
        Protocol = Protocol(JsonFields.Text(rule, "protocol") ?? "-1"),
        RuleAction = (JsonFields.Text(rule, "action") ?? "deny").ToLowerInvariant(),
        Egress = egress,
        CidrBlock = JsonFields.Text(rule, "cidr_block") is { Length: > 0 } v4 ? v4 : null,
        Ipv6CidrBlock = JsonFields.Text(rule, "ipv6_cidr_block") is { Length: > 0 } v6 ? v6 : null,
        FromPort = JsonFields.Number(rule, "from_port"),
        ToPort = JsonFields.Number(rule, "to_port"),
    };

    /// <summary>Live reads return protocol numbers: "-1" (all), "6" (tcp), "17" (udp), "1" (icmp).</summary>
    private static string Protocol(string protocol) => protocol.ToLowerInvariant() switch
    {
        "all" or "-1" => "-1",
        "tcp" => "6",
        "udp" => "17",
        "icmp" => "1",
        var other => other,
    };
}
