using System.Text.Json;
using Vigil.Core.Model.Ec2;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_security_group with its inline rules and the rule resources that target it. Terraform removes the
/// allow-all egress rule AWS adds to a new group, so a group without egress rules has none
/// (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group).</summary>
internal sealed class SecurityGroupMapper : IResourceMapper
{
    public string Type => "aws_security_group";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var ingress = Rules(instance, "ingress", "Ingress", context, unknowns);
        var egress = Rules(instance, "egress", "Egress", context, unknowns);
        var attachments = SecurityGroupAttachments.Count(instance, context);
        if (attachments == 0)
            unknowns.Add("AttachmentCount", $"No planned resource uses {instance.Address}; which network interfaces use it is known only after apply.");
        var group = new SecurityGroup
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            GroupId = identity.Id,
            VpcId = context.IdText(context.Read(instance, "vpc_id")),
            Description = context.Read(instance, "description").String ?? "Managed by Terraform",
            Ingress = ingress,
            Egress = egress,
            AttachmentCount = attachments == 0 ? null : attachments,
        };
        context.Add(group, unknowns);
    }

    private static List<SecurityGroupRule> Rules(PlanInstance group, string direction, string property, MappingContext context, Unknowns unknowns)
    {
        var rules = new List<SecurityGroupRule>();
        var selfId = context.Identity(group).Id;
        var inline = context.Read(group, direction);
        unknowns.Track(property, inline);
        for (var i = 0; i < inline.Items.Count; i++)
        {
            var groups = context.IdList(context.Read(group, $"{direction}[{i}].security_groups")).ToList();
            if (inline.Items[i].TryGetProperty("self", out var self) && self.ValueKind == JsonValueKind.True) groups.Add(selfId);
            rules.Add(SecurityGroupRuleReader.Inline(inline.Items[i], groups));
        }
        foreach (var rule in context.Joined(group, "aws_security_group_rule", "security_group_id"))
        {
            if (context.Read(rule, "type").String != direction) continue;
            if (SecurityGroupRuleReader.Standalone(rule, selfId, context, unknowns, property) is { } parsed) rules.Add(parsed);
        }
        foreach (var rule in context.Joined(group, $"aws_vpc_security_group_{direction}_rule", "security_group_id"))
        {
            if (SecurityGroupRuleReader.Vpc(rule, context, unknowns, property) is { } parsed) rules.Add(parsed);
        }
        return rules;
    }
}
