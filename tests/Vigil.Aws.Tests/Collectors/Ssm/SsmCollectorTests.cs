using Vigil.Aws.Collectors.Ssm;
using Vigil.Aws.Tests.Collectors.ComputeTesting;
using Vigil.Core.Findings;
using Vigil.Core.Model;

namespace Vigil.Aws.Tests.Collectors.Ssm;

public sealed class SsmCollectorTests
{
    [Fact]
    public async Task Collect_ReadsManagedInstancesFieldByField_AcrossTwoPages()
    {
        using var fake = SsmEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new SsmCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal([SsmEstate.WebArn, SsmEstate.DbArn], snapshot.SsmManagedInstances.Select(i => i.Arn));
        var web = snapshot.SsmManagedInstances[0];
        Assert.Equal(("i-1234567890abcdef0", "ip-10-0-1-10.eu-west-1.compute.internal", FakeAws.AccountId, FakeAws.Region), (web.InstanceId, web.Name, web.AccountId, web.Region));
        Assert.Equal(("Online", "Amazon Linux", "3.3.40.0"), (web.PingStatus, web.PlatformName, web.AgentVersion));
        Assert.Equal(("COMPLIANT", 0, 0), (web.PatchComplianceStatus, web.MissingCriticalPatches, web.MissingSecurityPatches));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1717000600), web.LastPatchScan);
        Assert.Null(web.AssociationComplianceStatus);
        var db = snapshot.SsmManagedInstances[1];
        Assert.Equal(("i-0db", "ConnectionLost"), (db.Name, db.PingStatus));
        Assert.Equal(("NON_COMPLIANT", 3, 5, "NON_COMPLIANT"), (db.PatchComplianceStatus, db.MissingCriticalPatches, db.MissingSecurityPatches, db.AssociationComplianceStatus));
        var patchCall = Assert.Single(fake.Requests, r => r.Operation == "DescribeInstancePatchStates");
        Assert.Contains("\"InstanceIds\":[\"i-1234567890abcdef0\",\"i-0db\"]", patchCall.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_ReadsOwnDocumentsWithTheirSharing()
    {
        using var fake = SsmEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new SsmCollector());

        var restart = snapshot.SsmDocuments.Single(d => d.Arn == SsmEstate.PublicDocArn);
        Assert.Equal(("restart-web", "Command", true), (restart.Name, restart.DocumentType, restart.Public));
        Assert.Equal("web", restart.Tags["team"]);
        Assert.Empty(restart.SharedWithAccounts);
        var rotate = snapshot.SsmDocuments.Single(d => d.Arn == SsmEstate.SharedDocArn);
        Assert.False(rotate.Public);
        Assert.Equal(["210987654321", "333333333333"], rotate.SharedWithAccounts);
        Assert.Contains("\"Values\":[\"Self\"]", fake.Requests.Single(r => r.Operation == "ListDocuments").Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_WhenListingIsDenied_RecordsTheErrorAndAddsNoResources()
    {
        using var fake = SsmEstate.Register(new FakeAws()).On("ssm", "DescribeInstanceInformation", _ => SsmEstate.Denied());

        var snapshot = await fake.CollectAsync(new SsmCollector());

        Assert.Empty(snapshot.SsmManagedInstances);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((ResourceTypes.SsmManagedInstance, "DescribeInstanceInformation", "AccessDeniedException", null), (error.ResourceType, error.Operation, error.ErrorCode, error.ResourceArn));
        Assert.Equal(2, snapshot.SsmDocuments.Count);
    }

    [Fact]
    public async Task Collect_WhenDetailsAreDenied_KeepsTheResourcesWithUnreadableProperties()
    {
        using var fake = SsmEstate.Register(new FakeAws())
            .On("ssm", "ListResourceComplianceSummaries", _ => SsmEstate.Denied())
            .On("ssm", "DescribeDocumentPermission", _ => SsmEstate.Denied());

        var snapshot = await fake.CollectAsync(new SsmCollector());

        Assert.All(snapshot.SsmManagedInstances, i => Assert.Equal(["PatchComplianceStatus", "AssociationComplianceStatus"], i.Unreadable));
        Assert.All(snapshot.SsmDocuments, d => Assert.Equal(["Public", "SharedWithAccounts"], d.Unreadable));
        Assert.Equal(3, snapshot.SsmManagedInstances[1].MissingCriticalPatches);
        Assert.Equal(8, snapshot.Errors.Count);
        Assert.All(snapshot.Errors, e => Assert.NotNull(e.ResourceArn));
    }

    [Fact]
    public async Task Checks_OnUnreadableComplianceAndSharing_ReportErrorNotPass()
    {
        using var fake = SsmEstate.Register(new FakeAws())
            .On("ssm", "ListResourceComplianceSummaries", _ => SsmEstate.Denied())
            .On("ssm", "DescribeDocumentPermission", _ => SsmEstate.Denied());

        var snapshot = await fake.CollectAsync(new SsmCollector());

        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "ssm-managed-instance-patch-compliant", SsmEstate.WebArn));
        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "ssm-document-not-public", SsmEstate.SharedDocArn));
    }

    [Fact]
    public async Task Checks_OnTheReadableEstate_JudgeTheCollectedSettings()
    {
        using var fake = SsmEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new SsmCollector());

        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "ssm-managed-instance-patch-compliant", SsmEstate.WebArn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "ssm-managed-instance-patch-compliant", SsmEstate.DbArn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "ssm-document-not-public", SsmEstate.PublicDocArn));
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "ssm-document-not-public", SsmEstate.SharedDocArn));
    }
}
