using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Execution;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Efs;

namespace Vigil.Aws.Collectors.Efs;

/// <summary>EFS file systems in one region (DescribeFileSystems) with the region's access points (DescribeAccessPoints,
/// one listing for all), and per file system its policy, backup policy and mount targets.</summary>
internal sealed class EfsCollector : IResourceCollector
{
    public string Service => "efs";
    public bool Regional => true;

    public IReadOnlyList<string> Actions { get; } =
    [
        "elasticfilesystem:DescribeAccessPoints", "elasticfilesystem:DescribeBackupPolicy", "elasticfilesystem:DescribeFileSystemPolicy",
        "elasticfilesystem:DescribeFileSystems", "elasticfilesystem:DescribeMountTargets",
    ];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var fileSystemsTask = target.ListAsync(sink, "efs", "DescribeFileSystems", null, "FileSystems", ResourceTypes.EfsFileSystem, cancellationToken);
        var accessPointsTask = target.TryListAsync("efs", "DescribeAccessPoints", null, "AccessPoints", cancellationToken);
        var fileSystems = await fileSystemsTask.ConfigureAwait(false);
        var accessPoints = await accessPointsTask.ConfigureAwait(false);
        if (fileSystems is null) return;
        var pointsByFileSystem = (accessPoints.Items ?? []).ToLookup(p => p.Text("FileSystemId") ?? "", StringComparer.Ordinal);
        await Task.WhenAll(fileSystems.Select(f => ReadOneAsync(target, sink, f, pointsByFileSystem, accessPoints.Failure, cancellationToken))).ConfigureAwait(false);
    }

    private static async Task ReadOneAsync(CollectionTarget target, CollectionSink sink, JsonNode node, ILookup<string, JsonNode> accessPoints,
        AwsServiceException? accessPointsFailure, CancellationToken cancellationToken)
    {
        var id = node.Text("FileSystemId") ?? throw new InvalidDataException("DescribeFileSystems returned a file system without FileSystemId");
        var tags = node.KeyValueTags();
        var fileSystem = new EfsFileSystem
        {
            Arn = node.Text("FileSystemArn") ?? $"arn:{target.Partition}:elasticfilesystem:{target.Region}:{target.AccountId}:file-system/{id}",
            Name = node.Text("Name") is { Length: > 0 } name ? name : id,
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = tags,
            FileSystemId = id,
            Encrypted = node.Flag("Encrypted") ?? throw new InvalidDataException($"DescribeFileSystems returned {id} without Encrypted"),
            KmsKeyId = node.Text("KmsKeyId"),
            AvailabilityZoneName = node.Text("AvailabilityZoneName"),
            AccessPoints = [.. accessPoints[id].Select(ToAccessPoint)],
        };
        var input = new JsonObject { ["FileSystemId"] = id };
        var policyTask = target.DetailAsync("efs", "DescribeFileSystemPolicy", input.DeepClone().AsObject(), cancellationToken);
        var backupTask = target.DetailAsync("efs", "DescribeBackupPolicy", input.DeepClone().AsObject(), cancellationToken);
        var mountTargetsTask = target.TryListAsync("efs", "DescribeMountTargets", input.DeepClone().AsObject(), "MountTargets", cancellationToken);
        var (policy, backup, mountTargets) = (await policyTask.ConfigureAwait(false), await backupTask.ConfigureAwait(false), await mountTargetsTask.ConfigureAwait(false));

        var unreadable = new List<string>();
        void Unreadable(AwsServiceException failure, string property)
        {
            unreadable.Add(property);
            sink.Failed(failure, target.AccountId, ResourceTypes.EfsFileSystem, fileSystem.Arn, property);
        }

        if (accessPointsFailure is not null) Unreadable(accessPointsFailure, nameof(EfsFileSystem.AccessPoints));
        if (policy.Failure is { ErrorCode: not "PolicyNotFound" } policyFailure) Unreadable(policyFailure, nameof(EfsFileSystem.Policy));
        else fileSystem = fileSystem with { Policy = policy.Output.Text("Policy") };
        // No backup policy at all means automatic backups were never turned on.
        if (backup.Failure is { ErrorCode: not "PolicyNotFound" } backupFailure) Unreadable(backupFailure, nameof(EfsFileSystem.BackupPolicyStatus));
        else fileSystem = fileSystem with { BackupPolicyStatus = backup.Output?["BackupPolicy"].Text("Status") ?? "DISABLED" };
        if (mountTargets.Failure is { } mountFailure) Unreadable(mountFailure, nameof(EfsFileSystem.MountTargets));
        else fileSystem = fileSystem with { MountTargets = [.. mountTargets.Items!.Select(ToMountTarget).OfType<EfsMountTarget>()] };
        sink.Add(unreadable.Count == 0 ? fileSystem : fileSystem with { Unreadable = unreadable });
    }

    private static EfsAccessPoint ToAccessPoint(JsonNode point) => new()
    {
        AccessPointArn = point.Text("AccessPointArn") ?? throw new InvalidDataException("DescribeAccessPoints returned an access point without AccessPointArn"),
        RootDirectoryPath = point["RootDirectory"].Text("Path"),
        EnforcesPosixUser = point["PosixUser"] is not null,
    };

    private static EfsMountTarget? ToMountTarget(JsonNode target) =>
        target.Text("MountTargetId") is { } id && target.Text("SubnetId") is { } subnet ? new EfsMountTarget(id, subnet) : null;
}
