using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;

namespace Vigil.Aws.Collectors.Ec2;

/// <summary>Network ACLs with their entries and associated subnets (DescribeNetworkAcls).</summary>
internal static class NetworkAclReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var acls = await target.ListAsync(sink, "ec2", "DescribeNetworkAcls", null, "NetworkAcls", ResourceTypes.NetworkAcl, cancellationToken).ConfigureAwait(false);
        if (acls is null) return;
        sink.AddRange(acls.Select(acl => ToAcl(target, acl)));
    }

    private static NetworkAcl ToAcl(CollectionTarget target, JsonNode acl)
    {
        var id = acl.Text("NetworkAclId") ?? throw new InvalidDataException("DescribeNetworkAcls returned an ACL without NetworkAclId");
        var tags = acl.KeyValueTags();
        return new NetworkAcl
        {
            Arn = Ec2Names.Arn(target, "network-acl", id),
            Name = Ec2Names.NameOf(tags, id),
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = tags,
            NetworkAclId = id,
            VpcId = acl.Text("VpcId"),
            IsDefault = acl.Flag("IsDefault") ?? false,
            Entries = [.. acl.Items("Entries").Select(ToEntry)],
            SubnetIds = acl.TextsOf("Associations", "SubnetId"),
        };
    }

    private static NetworkAclEntry ToEntry(JsonNode entry) => new()
    {
        RuleNumber = entry.Integer("RuleNumber") ?? throw new InvalidDataException("DescribeNetworkAcls returned an entry without RuleNumber"),
        Protocol = entry.Text("Protocol") ?? throw new InvalidDataException("DescribeNetworkAcls returned an entry without Protocol"),
        RuleAction = entry.Text("RuleAction") ?? throw new InvalidDataException("DescribeNetworkAcls returned an entry without RuleAction"),
        Egress = entry.Flag("Egress") ?? false,
        CidrBlock = entry.Text("CidrBlock"),
        Ipv6CidrBlock = entry.Text("Ipv6CidrBlock"),
        FromPort = entry["PortRange"].Integer("From"),
        ToPort = entry["PortRange"].Integer("To"),
    };
}
