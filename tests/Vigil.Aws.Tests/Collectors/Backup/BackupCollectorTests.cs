using Vigil.Aws.Collectors.Backup;
using Vigil.Aws.Tests.Collectors.ComputeTesting;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.Backup;
using Vigil.Core.Model.DynamoDb;

namespace Vigil.Aws.Tests.Collectors.Backup;

public sealed class BackupCollectorTests
{
    [Fact]
    public async Task Collect_ReadsVaultsAndPlansFieldByField_AcrossTwoPages()
    {
        using var fake = BackupEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new BackupCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal([BackupEstate.CentralArn, BackupEstate.EmptyArn], snapshot.BackupVaults.Select(v => v.Arn));
        var central = snapshot.BackupVaults[0];
        Assert.Equal(("central", FakeAws.AccountId, FakeAws.Region), (central.Name, central.AccountId, central.Region));
        Assert.Equal("arn:aws:kms:eu-west-1:123456789012:key/backup", central.EncryptionKeyArn);
        Assert.True(central.Locked);
        Assert.Equal(2, central.NumberOfRecoveryPoints);
        Assert.Equal(1, central.UnencryptedRecoveryPoints);
        Assert.Contains("\"Principal\":\"*\"", central.Policy, StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, string> { ["data-classification"] = "restricted", ["owner"] = "platform" }, central.Tags);
        var empty = snapshot.BackupVaults[1];
        Assert.Null(empty.Policy);
        Assert.Empty(empty.Tags);
        Assert.False(empty.Locked);
        Assert.Equal((0, 0), (empty.NumberOfRecoveryPoints, empty.UnencryptedRecoveryPoints));
        Assert.DoesNotContain(fake.Requests, r => r.Path == "/backup-vaults/empty/recovery-points/");

        var plan = Assert.Single(snapshot.BackupPlans);
        Assert.Equal((BackupEstate.PlanArn, "daily", "8e7a2b1c-0000-4e4f-9e8a-1b2c3d4e5f60"), (plan.Arn, plan.Name, plan.BackupPlanId));
        Assert.Equal(new Dictionary<string, string> { ["owner"] = "platform", ["tier"] = "gold" }, plan.Tags);
        var rule = Assert.Single(plan.Rules);
        Assert.Equal(("daily-35", "central", "cron(0 5 ? * * *)", 35, 7), (rule.RuleName, rule.TargetVaultName, rule.ScheduleExpression, rule.DeleteAfterDays, rule.MoveToColdStorageAfterDays));
        Assert.Equal(["arn:aws:backup:eu-central-1:123456789012:backup-vault:dr"], rule.CopyDestinationVaultArns);
        Assert.Equal(["arn:aws:ec2:eu-west-1:123456789012:volume/vol-0a", "arn:aws:dynamodb:*:*:table/*"], plan.SelectedResources);
        var selection = Assert.Single(plan.Selections);
        Assert.Equal("core", selection.SelectionName);
        Assert.Equal(plan.SelectedResources, selection.Resources);
        Assert.Equal(["arn:aws:dynamodb:*:*:table/scratch-*"], selection.NotResources);
        Assert.Equal([new BackupTagCondition { Operator = "StringEquals", TagKey = "backup", Value = "daily" }], selection.ListOfTags);
        Assert.Equal(
            [
                new BackupTagCondition { Operator = "StringEquals", TagKey = "environment", Value = "production" },
                new BackupTagCondition { Operator = "StringNotLike", TagKey = "team", Value = "sandbox-*" },
            ],
            selection.Conditions);
        Assert.Equal("page-2", fake.Requests.Last(r => r.Operation == "GET /backup-vaults/").QueryParameter("nextToken"));

        Assert.Equal(
            [
                new ProtectedResource { AccountId = FakeAws.AccountId, Region = FakeAws.Region, ResourceArn = BackupEstate.ProtectedDbArn, ResourceType = "RDS",
                    LastBackupTime = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero) },
                new ProtectedResource { AccountId = FakeAws.AccountId, Region = FakeAws.Region, ResourceArn = BackupEstate.ProtectedTableArn, ResourceType = "DynamoDB",
                    LastBackupTime = new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero) },
            ],
            snapshot.BackupProtectedResources);
        Assert.Equal([null, "resources-2"], fake.Requests.Where(r => r.Operation == "GET /resources/").Select(r => r.QueryParameter("nextToken")));
    }

    [Fact]
    public async Task Collect_WhenProtectedResourcesAreDenied_RecordsTheErrorAndListsNone_AndCoverageErrsInsteadOfFailing()
    {
        using var fake = BackupEstate.Register(new FakeAws()).On("backup", "GET /resources/", _ => BackupEstate.Denied());
        var selected = new DynamoDbTable
        {
            Arn = $"arn:aws:dynamodb:{FakeAws.Region}:{FakeAws.AccountId}:table/orders", Name = "orders", AccountId = FakeAws.AccountId, Region = FakeAws.Region,
            Tags = new Dictionary<string, string> { ["environment"] = "production" },
        };
        var unselected = selected with { Arn = $"arn:aws:dynamodb:{FakeAws.Region}:{FakeAws.AccountId}:table/scratch-jlee", Name = "scratch-jlee" };

        var snapshot = await fake.CollectAsync(new BackupCollector()) with { DynamoDbTables = [selected, unselected] };

        Assert.Empty(snapshot.BackupProtectedResources);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((ResourceTypes.BackupProtectedResource, "ListProtectedResources", "AccessDeniedException", FakeAws.Region, null),
            (error.ResourceType, error.Operation, error.ErrorCode, error.Region, error.ResourceArn));
        Assert.Single(snapshot.BackupPlans);
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "dynamodb-table-in-backup-plan", selected.Arn));
        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "dynamodb-table-in-backup-plan", unselected.Arn));
    }

    [Fact]
    public async Task Checks_PassATableNoPlanSelects_WhenAwsBackupListsItAsProtected()
    {
        using var fake = BackupEstate.Register(new FakeAws());
        var archive = new DynamoDbTable { Arn = BackupEstate.ProtectedTableArn, Name = "archive", AccountId = FakeAws.AccountId, Region = FakeAws.Region };
        var scratch = archive with { Arn = $"arn:aws:dynamodb:{FakeAws.Region}:{FakeAws.AccountId}:table/scratch-jlee", Name = "scratch-jlee" };

        var snapshot = await fake.CollectAsync(new BackupCollector()) with { DynamoDbTables = [archive, scratch] };

        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "dynamodb-table-in-backup-plan", archive.Arn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "dynamodb-table-in-backup-plan", scratch.Arn));
    }

    [Fact]
    public async Task Collect_WhenListingIsDenied_RecordsTheErrorAndAddsNoResources()
    {
        using var fake = BackupEstate.Register(new FakeAws()).On("backup", "GET /backup-vaults/", _ => BackupEstate.Denied());

        var snapshot = await fake.CollectAsync(new BackupCollector());

        Assert.Empty(snapshot.BackupVaults);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((ResourceTypes.BackupVault, "ListBackupVaults", "AccessDeniedException", null), (error.ResourceType, error.Operation, error.ErrorCode, error.ResourceArn));
        Assert.Single(snapshot.BackupPlans);
    }

    [Fact]
    public async Task Collect_WhenDetailsAreDenied_KeepsTheResourcesWithUnreadableProperties()
    {
        using var fake = BackupEstate.Register(new FakeAws())
            .On("backup", "GET /backup-vaults/central/access-policy", _ => BackupEstate.Denied())
            .On("backup", "GET /backup-vaults/central/recovery-points/", _ => BackupEstate.Denied())
            .On("backup", r => r.Operation.StartsWith("GET /tags/", StringComparison.Ordinal) && r.Operation.Contains("central", StringComparison.Ordinal), _ => BackupEstate.Denied())
            .On("backup", r => r.Operation.Contains("/selections/sel-1", StringComparison.Ordinal), _ => BackupEstate.Denied());

        var snapshot = await fake.CollectAsync(new BackupCollector());

        Assert.Equal(["Policy", "UnencryptedRecoveryPoints", "Tags"], snapshot.BackupVaults.Single(v => v.Arn == BackupEstate.CentralArn).Unreadable);
        Assert.Empty(snapshot.BackupVaults.Single(v => v.Arn == BackupEstate.EmptyArn).Unreadable);
        var plan = Assert.Single(snapshot.BackupPlans);
        Assert.Equal(["SelectedResources", "Selections"], plan.Unreadable);
        Assert.Empty(plan.Selections);
        Assert.Single(plan.Rules);
        Assert.Equal(
            [(BackupEstate.PlanArn, "SelectedResources"), (BackupEstate.PlanArn, "Selections"), (BackupEstate.CentralArn, "Policy"), (BackupEstate.CentralArn, "Tags"), (BackupEstate.CentralArn, "UnencryptedRecoveryPoints")],
            snapshot.Errors.Select(e => (e.ResourceArn!, e.Property!)).Order());
    }

    [Fact]
    public async Task Collect_WhenPlanTagsAreDenied_KeepsThePlanWithTagsUnreadable()
    {
        using var fake = BackupEstate.Register(new FakeAws())
            .On("backup", r => r.Operation.StartsWith("GET /tags/", StringComparison.Ordinal) && r.Operation.Contains(BackupEstate.PlanArn, StringComparison.Ordinal), _ => BackupEstate.Denied());

        var snapshot = await fake.CollectAsync(new BackupCollector());

        var plan = Assert.Single(snapshot.BackupPlans);
        Assert.Equal(["Tags"], plan.Unreadable);
        Assert.Empty(plan.Tags);
        Assert.Single(plan.Rules);
        Assert.Single(plan.Selections);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((BackupEstate.PlanArn, "Tags", "ListTags", "AccessDeniedException"), (error.ResourceArn, error.Property, error.Operation, error.ErrorCode));
    }

    [Fact]
    public async Task Checks_OnUnreadableVaultDetails_ReportErrorNotPass()
    {
        using var fake = BackupEstate.Register(new FakeAws())
            .On("backup", "GET /backup-vaults/central/access-policy", _ => BackupEstate.Denied())
            .On("backup", "GET /backup-vaults/central/recovery-points/", _ => BackupEstate.Denied());

        var snapshot = await fake.CollectAsync(new BackupCollector());

        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "backup-vault-policy-no-public-access", BackupEstate.CentralArn));
        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "backup-vault-recovery-points-encrypted", BackupEstate.CentralArn));
    }

    [Fact]
    public async Task Checks_OnTheReadableEstate_FindThePublicVaultAndTheUnencryptedPoint()
    {
        using var fake = BackupEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new BackupCollector());

        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "backup-vault-policy-no-public-access", BackupEstate.CentralArn));
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "backup-vault-policy-no-public-access", BackupEstate.EmptyArn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "backup-vault-recovery-points-encrypted", BackupEstate.CentralArn));
    }

    [Fact]
    public async Task Checks_OnTheCollectedSelections_CoverWhatTheyName_AndErrWhenTheyCouldNotBeRead()
    {
        using var readable = BackupEstate.Register(new FakeAws());
        using var denied = BackupEstate.Register(new FakeAws())
            .On("backup", r => r.Operation.Contains("/selections/sel-1", StringComparison.Ordinal), _ => BackupEstate.Denied());
        var table = new DynamoDbTable
        {
            Arn = $"arn:aws:dynamodb:{FakeAws.Region}:{FakeAws.AccountId}:table/orders", Name = "orders", AccountId = FakeAws.AccountId, Region = FakeAws.Region,
            Tags = new Dictionary<string, string> { ["environment"] = "production" },
        };
        var scratch = table with { Arn = $"arn:aws:dynamodb:{FakeAws.Region}:{FakeAws.AccountId}:table/scratch-jlee", Name = "scratch-jlee" };

        var collected = await readable.CollectAsync(new BackupCollector()) with { DynamoDbTables = [table, scratch] };
        var unreadable = await denied.CollectAsync(new BackupCollector()) with { DynamoDbTables = [table] };

        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(collected, "dynamodb-table-in-backup-plan", table.Arn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(collected, "dynamodb-table-in-backup-plan", scratch.Arn));
        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(unreadable, "dynamodb-table-in-backup-plan", table.Arn));
    }
}
