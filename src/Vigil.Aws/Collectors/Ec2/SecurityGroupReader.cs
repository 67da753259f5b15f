using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;

namespace Vigil.Aws.Collectors.Ec2;

/// <summary>Security groups with their rules (DescribeSecurityGroups) and how many network interfaces use each
/// (DescribeNetworkInterfaces).</summary>
internal static class SecurityGroupReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var groupsTask = target.ListAsync(sink, "ec2", "DescribeSecurityGroups", null, "SecurityGroups", ResourceTypes.SecurityGroup, cancellationToken);
        var interfacesTask = target.TryListAsync("ec2", "DescribeNetworkInterfaces", null, "NetworkInterfaces", cancellationToken);
        var groups = await groupsTask.ConfigureAwait(false);
        var (interfaces, interfacesFailure) = await interfacesTask.ConfigureAwait(false);
        if (groups is null) return;

        var attachments = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var groupId in (interfaces ?? []).SelectMany(i => i.TextsOf("Groups", "GroupId")))
        {
            attachments[groupId] = attachments.GetValueOrDefault(groupId) + 1;
        }

        foreach (var node in groups)
        {
            var group = ToGroup(target, node);
            if (interfacesFailure is null)
            {
                sink.Add(group with { AttachmentCount = attachments.GetValueOrDefault(group.GroupId) });
                continue;
            }
            sink.Add(group with { Unreadable = [nameof(SecurityGroup.AttachmentCount)] });
            sink.Failed(interfacesFailure, target.AccountId, ResourceTypes.SecurityGroup, group.Arn, nameof(SecurityGroup.AttachmentCount));
        }
    }

    private static SecurityGroup ToGroup(CollectionTarget target, JsonNode group)
    {
        var id = group.Text("GroupId") ?? throw new InvalidDataException("DescribeSecurityGroups returned a group without GroupId");
        return new SecurityGroup
        {
            Arn = Ec2Names.Arn(target, "security-group", id),
            Name = group.Text("GroupName") ?? id,
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = group.KeyValueTags(),
            GroupId = id,
            VpcId = group.Text("VpcId"),
            Description = group.Text("Description"),
            Ingress = [.. group.Items("IpPermissions").Select(ToRule)],
            Egress = [.. group.Items("IpPermissionsEgress").Select(ToRule)],
        };
    }

    private static SecurityGroupRule ToRule(JsonNode permission) => new()
    {
        Protocol = permission.Text("IpProtocol") ?? throw new InvalidDataException("DescribeSecurityGroups returned a permission without IpProtocol"),
        FromPort = permission.Integer("FromPort"),
        ToPort = permission.Integer("ToPort"),
        Ipv4Ranges = permission.TextsOf("IpRanges", "CidrIp"),
        Ipv6Ranges = permission.TextsOf("Ipv6Ranges", "CidrIpv6"),
        ReferencedGroupIds = permission.TextsOf("UserIdGroupPairs", "GroupId"),
        PrefixListIds = permission.TextsOf("PrefixListIds", "PrefixListId"),
    };
}
