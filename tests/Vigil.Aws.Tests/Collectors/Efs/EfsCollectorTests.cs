using Vigil.Aws.Collectors.Efs;
using Vigil.Aws.Tests.Collectors.ComputeTesting;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.Efs;

namespace Vigil.Aws.Tests.Collectors.Efs;

public sealed class EfsCollectorTests
{
    [Fact]
    public async Task Collect_ReadsFileSystemsFieldByField_AcrossTwoPages()
    {
        using var fake = EfsEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new EfsCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal([EfsEstate.SharedArn, EfsEstate.ScratchArn], snapshot.EfsFileSystems.Select(f => f.Arn));
        var shared = snapshot.EfsFileSystems[0];
        Assert.Equal(("shared", "fs-0shared", FakeAws.AccountId, FakeAws.Region), (shared.Name, shared.FileSystemId, shared.AccountId, shared.Region));
        Assert.Equal("data", shared.Tags["team"]);
        Assert.True(shared.Encrypted);
        Assert.Equal("arn:aws:kms:eu-west-1:123456789012:key/efs", shared.KmsKeyId);
        Assert.Equal("ENABLED", shared.BackupPolicyStatus);
        Assert.Contains("\"AWS\":\"*\"", shared.Policy, StringComparison.Ordinal);
        Assert.Equal(new EfsAccessPoint { AccessPointArn = "arn:aws:elasticfilesystem:eu-west-1:123456789012:access-point/fsap-0app", RootDirectoryPath = "/app", EnforcesPosixUser = true }, Assert.Single(shared.AccessPoints));
        Assert.Equal([new EfsMountTarget("fsmt-0a", "subnet-0a"), new EfsMountTarget("fsmt-0b", "subnet-0b")], shared.MountTargets);
        Assert.Null(shared.AvailabilityZoneName);

        var scratch = snapshot.EfsFileSystems[1];
        Assert.Equal("fs-0scratch", scratch.Name);
        Assert.False(scratch.Encrypted);
        Assert.Null(scratch.Policy);
        Assert.Equal("DISABLED", scratch.BackupPolicyStatus);
        Assert.Empty(scratch.AccessPoints);
        Assert.Empty(scratch.MountTargets);
        Assert.Equal("eu-west-1a", scratch.AvailabilityZoneName);
        Assert.Empty(scratch.Unreadable);
        Assert.Equal("page-2", fake.Requests.Last(r => r.Operation == "GET /2015-02-01/file-systems").QueryParameter("Marker"));
    }

    [Fact]
    public async Task Collect_WhenListingIsDenied_RecordsTheErrorAndAddsNoResources()
    {
        using var fake = EfsEstate.Register(new FakeAws()).On("elasticfilesystem", "GET /2015-02-01/file-systems", _ => EfsEstate.Denied());

        var snapshot = await fake.CollectAsync(new EfsCollector());

        Assert.Empty(snapshot.EfsFileSystems);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((ResourceTypes.EfsFileSystem, "DescribeFileSystems", "AccessDeniedException", null), (error.ResourceType, error.Operation, error.ErrorCode, error.ResourceArn));
    }

    [Fact]
    public async Task Collect_WhenDetailsAreDenied_KeepsTheFileSystemWithUnreadableProperties()
    {
        using var fake = EfsEstate.Register(new FakeAws())
            .On("elasticfilesystem", "GET /2015-02-01/file-systems/fs-0scratch/policy", _ => EfsEstate.Denied())
            .On("elasticfilesystem", "GET /2015-02-01/file-systems/fs-0scratch/backup-policy", _ => EfsEstate.Denied())
            .On("elasticfilesystem", "GET /2015-02-01/access-points", _ => EfsEstate.Denied());

        var snapshot = await fake.CollectAsync(new EfsCollector());

        var scratch = snapshot.EfsFileSystems.Single(f => f.Arn == EfsEstate.ScratchArn);
        Assert.Equal(["AccessPoints", "Policy", "BackupPolicyStatus"], scratch.Unreadable);
        Assert.Null(scratch.BackupPolicyStatus);
        Assert.Equal(["AccessPoints"], snapshot.EfsFileSystems.Single(f => f.Arn == EfsEstate.SharedArn).Unreadable);
        Assert.Equal(4, snapshot.Errors.Count);
        Assert.All(snapshot.Errors, e => Assert.Equal("AccessDeniedException", e.ErrorCode));
    }

    [Fact]
    public async Task Checks_OnUnreadablePolicies_ReportErrorNotPass()
    {
        using var fake = EfsEstate.Register(new FakeAws())
            .On("elasticfilesystem", "GET /2015-02-01/file-systems/fs-0scratch/policy", _ => EfsEstate.Denied())
            .On("elasticfilesystem", "GET /2015-02-01/file-systems/fs-0scratch/backup-policy", _ => EfsEstate.Denied());

        var snapshot = await fake.CollectAsync(new EfsCollector());

        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "efs-file-system-policy-no-public-access", EfsEstate.ScratchArn));
        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "efs-file-system-automatic-backups-enabled", EfsEstate.ScratchArn));
    }

    [Fact]
    public async Task Checks_OnTheReadableEstate_JudgeTheCollectedSettings()
    {
        using var fake = EfsEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new EfsCollector());

        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "efs-file-system-automatic-backups-enabled", EfsEstate.ScratchArn));
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "efs-file-system-automatic-backups-enabled", EfsEstate.SharedArn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "efs-file-system-encrypted", EfsEstate.ScratchArn));
    }
}
