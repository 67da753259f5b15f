using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;

namespace Vigil.Aws.Collectors.Ec2;

/// <summary>The account's own EBS snapshots (DescribeSnapshots, OwnerIds self), each with who may create volumes from
/// it (DescribeSnapshotAttribute createVolumePermission: the group "all" makes it public).</summary>
internal static class EbsSnapshotReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var input = new JsonObject { ["OwnerIds"] = new JsonArray("self") };
        var snapshots = await target.ListAsync(sink, "ec2", "DescribeSnapshots", input, "Snapshots", ResourceTypes.EbsSnapshot, cancellationToken).ConfigureAwait(false);
        if (snapshots is null) return;
        await Task.WhenAll(snapshots.Select(s => ReadOneAsync(target, sink, ToSnapshot(target, s), cancellationToken))).ConfigureAwait(false);
    }

    private static async Task ReadOneAsync(CollectionTarget target, CollectionSink sink, EbsSnapshot snapshot, CancellationToken cancellationToken)
    {
        var input = new JsonObject { ["Attribute"] = "createVolumePermission", ["SnapshotId"] = snapshot.SnapshotId };
        var attribute = await target.DetailAsync("ec2", "DescribeSnapshotAttribute", input, cancellationToken).ConfigureAwait(false);
        if (attribute.Failure is { } failure)
        {
            sink.Add(snapshot with { Unreadable = [nameof(EbsSnapshot.Public), nameof(EbsSnapshot.SharedWithAccounts)] });
            sink.Failed(failure, target.AccountId, ResourceTypes.EbsSnapshot, snapshot.Arn, nameof(EbsSnapshot.Public));
            sink.Failed(failure, target.AccountId, ResourceTypes.EbsSnapshot, snapshot.Arn, nameof(EbsSnapshot.SharedWithAccounts));
            return;
        }
        var permissions = attribute.Output.Items("CreateVolumePermissions").ToList();
        sink.Add(snapshot with
        {
            Public = permissions.Any(p => p.Text("Group") == "all"),
            SharedWithAccounts = [.. permissions.Select(p => p.Text("UserId")).OfType<string>()],
        });
    }

    private static EbsSnapshot ToSnapshot(CollectionTarget target, JsonNode snapshot)
    {
        var id = snapshot.Text("SnapshotId") ?? throw new InvalidDataException("DescribeSnapshots returned a snapshot without SnapshotId");
        var tags = snapshot.KeyValueTags();
        return new EbsSnapshot
        {
            Arn = Ec2Names.UnownedArn(target, "snapshot", id),
            Name = Ec2Names.NameOf(tags, id),
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = tags,
            SnapshotId = id,
            VolumeId = snapshot.Text("VolumeId"),
            Encrypted = snapshot.Flag("Encrypted") ?? throw new InvalidDataException($"DescribeSnapshots returned snapshot {id} without Encrypted"),
            KmsKeyId = snapshot.Text("KmsKeyId"),
            StartTime = snapshot.Time("StartTime"),
        };
    }
}
