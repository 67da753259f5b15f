using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;

namespace Vigil.Aws.Collectors.Ec2;

/// <summary>Elastic IP addresses (DescribeAddresses, not paginated).</summary>
internal static class ElasticIpReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var addresses = await target.DetailAsync("ec2", "DescribeAddresses", [], cancellationToken).ConfigureAwait(false);
        if (addresses.Failure is { } failure)
        {
            sink.Failed(failure, target.AccountId, ResourceTypes.ElasticIp);
            return;
        }
        sink.AddRange(addresses.Output.Items("Addresses").Select(a => ToAddress(target, a)));
    }

    private static ElasticIp ToAddress(CollectionTarget target, JsonNode address)
    {
        var id = address.Text("AllocationId") ?? address.Text("PublicIp")
            ?? throw new InvalidDataException("DescribeAddresses returned an address without AllocationId or PublicIp");
        var tags = address.KeyValueTags();
        return new ElasticIp
        {
            Arn = Ec2Names.Arn(target, "elastic-ip", id),
            Name = Ec2Names.NameOf(tags, address.Text("PublicIp") ?? id),
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = tags,
            AllocationId = id,
            PublicIp = address.Text("PublicIp"),
            AssociationId = address.Text("AssociationId"),
            InstanceId = address.Text("InstanceId"),
        };
    }
}
