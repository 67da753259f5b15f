using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model.Rds;

namespace Vigil.Aws.Collectors.Rds;

/// <summary>The account's DB (or DB cluster) snapshots; for each manual one, its restore attribute: "all" makes it
/// public, account ids share it. Automated snapshots cannot be shared, so they need no attribute call.</summary>
internal static class RdsSnapshotReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, RdsSnapshotKind kind, CancellationToken cancellationToken)
    {
        var snapshots = await target.ListAsync(sink, "rds", kind.ListOperation, null, kind.ListKey, kind.ResourceType, cancellationToken).ConfigureAwait(false);
        if (snapshots is null) return;
        await Task.WhenAll(snapshots.Select(s => ReadOneAsync(target, sink, kind, ToSnapshot(target, kind, s), cancellationToken))).ConfigureAwait(false);
    }

    private static async Task ReadOneAsync(CollectionTarget target, CollectionSink sink, RdsSnapshotKind kind, RdsSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (snapshot.SnapshotType != "manual")
        {
            sink.Add(snapshot);
            return;
        }
        var input = new JsonObject { [kind.IdMember] = snapshot.SnapshotIdentifier };
        var attributes = await target.DetailAsync("rds", kind.AttributesOperation, input, cancellationToken).ConfigureAwait(false);
        if (attributes.Failure is { } failure)
        {
            sink.Add(snapshot with { Unreadable = [nameof(RdsSnapshot.Public), nameof(RdsSnapshot.SharedWithAccounts)] });
            sink.Failed(failure, target.AccountId, kind.ResourceType, snapshot.Arn, nameof(RdsSnapshot.Public));
            sink.Failed(failure, target.AccountId, kind.ResourceType, snapshot.Arn, nameof(RdsSnapshot.SharedWithAccounts));
            return;
        }
        var restore = attributes.Output?[kind.AttributesResult].Items(kind.AttributesList)
            .Where(a => a.Text("AttributeName") == "restore")
            .SelectMany(a => a.Texts("AttributeValues"))
            .ToList() ?? [];
        sink.Add(snapshot with
        {
            Public = restore.Contains("all"),
            SharedWithAccounts = [.. restore.Where(v => v != "all")],
        });
    }

    private static RdsSnapshot ToSnapshot(CollectionTarget target, RdsSnapshotKind kind, JsonNode snapshot)
    {
        var id = snapshot.Text(kind.IdMember) ?? throw new InvalidDataException($"{kind.ListOperation} returned a snapshot without {kind.IdMember}");
        return new RdsSnapshot
        {
            Arn = snapshot.Text(kind.ArnMember) ?? RdsNames.Arn(target, kind.IsCluster ? "cluster-snapshot" : "snapshot", id),
            Name = id,
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = snapshot.KeyValueTags("TagList"),
            SnapshotIdentifier = id,
            IsClusterSnapshot = kind.IsCluster,
            SourceIdentifier = snapshot.Text(kind.SourceMember),
            Encrypted = snapshot.Flag(kind.EncryptedMember) ?? false,
            KmsKeyId = snapshot.Text("KmsKeyId"),
            SnapshotType = snapshot.Text("SnapshotType") ?? throw new InvalidDataException($"{kind.ListOperation} returned snapshot {id} without SnapshotType"),
            CreateTime = snapshot.Time("SnapshotCreateTime"),
        };
    }
}
