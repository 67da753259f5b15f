using Vigil.Aws.Collectors.Rds;
using Vigil.Aws.Tests.Collectors.ComputeTesting;
using Vigil.Core.Findings;
using Vigil.Core.Model;

namespace Vigil.Aws.Tests.Collectors.Rds;

public sealed class RdsCollectorTests
{
    private const string Arn = "arn:aws:rds:eu-west-1:123456789012";

    [Fact]
    public async Task Collect_ReadsInstancesFieldByField_AcrossTwoPages()
    {
        using var fake = RdsEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new RdsCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal(["aurora-1", "billing"], snapshot.RdsInstances.Select(i => i.DbInstanceIdentifier));
        var billing = snapshot.RdsInstances[1];
        Assert.Equal($"{Arn}:db:billing", billing.Arn);
        Assert.Equal("billing", billing.Name);
        Assert.Equal((FakeAws.AccountId, FakeAws.Region), (billing.AccountId, billing.Region));
        Assert.Equal("finance", billing.Tags["team"]);
        Assert.Equal("postgres", billing.Engine);
        Assert.Equal("14.10", billing.EngineVersion);
        Assert.Equal("db.t3.medium", billing.DbInstanceClass);
        Assert.Null(billing.DbClusterIdentifier);
        Assert.Equal("billing-primary", billing.ReadReplicaSourceDbInstanceIdentifier);
        Assert.True(billing.PubliclyAccessible);
        Assert.False(billing.StorageEncrypted);
        Assert.Equal("arn:aws:kms:eu-west-1:123456789012:key/rds", billing.KmsKeyId);
        Assert.True(billing.MultiAz);
        Assert.False(billing.AutoMinorVersionUpgrade);
        Assert.Equal(0, billing.BackupRetentionPeriod);
        Assert.True(billing.DeletionProtection);
        Assert.True(billing.IamDatabaseAuthenticationEnabled);
        Assert.Equal(60, billing.MonitoringInterval);
        Assert.Equal(["postgresql", "upgrade"], billing.EnabledCloudwatchLogsExports);
        Assert.True(billing.CopyTagsToSnapshot);
        Assert.Equal(5432, billing.Port);
        Assert.Equal("postgres", billing.MasterUsername);
        Assert.Equal("vpc-0a1b2c3d", billing.VpcId);
        Assert.True(billing.PerformanceInsightsEnabled);
        Assert.Equal(new Dictionary<string, string> { ["rds.force_ssl"] = "0" }, billing.Parameters);
        Assert.Empty(billing.Unreadable);

        var member = snapshot.RdsInstances[0];
        Assert.Equal("orders", member.DbClusterIdentifier);
        Assert.Empty(member.Parameters);
        Assert.Null(member.Port);

        var parameterCalls = fake.Requests.Where(r => r.Operation == "DescribeDBParameters").ToList();
        Assert.Equal(["billing-pg14", "billing-pg14"], parameterCalls.Select(r => r.Form["DBParameterGroupName"]));
        Assert.Equal("params-2", parameterCalls[1].Form["Marker"]);
        Assert.Equal("page-2", fake.Requests.Where(r => r.Operation == "DescribeDBInstances").Last().Form["Marker"]);
    }

    [Fact]
    public async Task Collect_ReadsClustersAndSnapshotsWithTheirSharing()
    {
        using var fake = RdsEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new RdsCollector());

        var cluster = Assert.Single(snapshot.RdsClusters);
        Assert.Equal($"{Arn}:cluster:orders", cluster.Arn);
        Assert.Equal("orders", cluster.Name);
        Assert.Equal("orders", cluster.Tags["team"]);
        Assert.Equal("aurora-postgresql", cluster.Engine);
        Assert.Equal("15.4", cluster.EngineVersion);
        Assert.True(cluster.StorageEncrypted);
        Assert.Equal("arn:aws:kms:eu-west-1:123456789012:key/orders", cluster.KmsKeyId);
        Assert.True(cluster.MultiAz);
        Assert.Equal(["eu-west-1a", "eu-west-1b"], cluster.AvailabilityZones);
        Assert.False(cluster.DeletionProtection);
        Assert.False(cluster.IamDatabaseAuthenticationEnabled);
        Assert.Equal(7, cluster.BackupRetentionPeriod);
        Assert.Equal(86400, cluster.BacktrackWindow);
        Assert.True(cluster.CopyTagsToSnapshot);
        Assert.True(cluster.AutoMinorVersionUpgrade);
        Assert.Equal(["postgresql"], cluster.EnabledCloudwatchLogsExports);
        Assert.Equal("orders_admin", cluster.MasterUsername);
        Assert.False(cluster.PubliclyAccessible);

        var export = snapshot.RdsSnapshots.Single(s => s.SnapshotIdentifier == "billing-export");
        Assert.Equal($"{Arn}:snapshot:billing-export", export.Arn);
        Assert.Equal(ResourceTypes.RdsSnapshot, export.ResourceType);
        Assert.Equal("billing", export.SourceIdentifier);
        Assert.False(export.Encrypted);
        Assert.Equal("manual", export.SnapshotType);
        Assert.Equal(new DateTimeOffset(2024, 8, 1, 3, 0, 0, TimeSpan.Zero), export.CreateTime);
        Assert.True(export.Public);
        Assert.Equal(["210987654321"], export.SharedWithAccounts);

        var automated = snapshot.RdsSnapshots.Single(s => s.SnapshotType == "automated");
        Assert.False(automated.Public);
        Assert.Empty(automated.SharedWithAccounts);
        Assert.Equal(["billing-export"], fake.Requests.Where(r => r.Operation == "DescribeDBSnapshotAttributes").Select(r => r.Form["DBSnapshotIdentifier"]));

        var clusterSnapshot = snapshot.RdsSnapshots.Single(s => s.IsClusterSnapshot);
        Assert.Equal($"{Arn}:cluster-snapshot:orders-before-migration", clusterSnapshot.Arn);
        Assert.Equal(ResourceTypes.RdsClusterSnapshot, clusterSnapshot.ResourceType);
        Assert.Equal("orders", clusterSnapshot.SourceIdentifier);
        Assert.True(clusterSnapshot.Encrypted);
        Assert.False(clusterSnapshot.Public);
        Assert.Equal(["210987654321"], clusterSnapshot.SharedWithAccounts);
    }

    [Fact]
    public async Task Collect_WhenListingIsDenied_RecordsTheErrorAndAddsNoResources()
    {
        using var fake = RdsEstate.Register(new FakeAws()).On("rds", "DescribeDBInstances", _ => FakeAws.QueryDenied());

        var snapshot = await fake.CollectAsync(new RdsCollector());

        Assert.Empty(snapshot.RdsInstances);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((ResourceTypes.RdsInstance, "DescribeDBInstances", "AccessDenied", null), (error.ResourceType, error.Operation, error.ErrorCode, error.ResourceArn));
        Assert.Single(snapshot.RdsClusters);
    }

    [Fact]
    public async Task Collect_WhenDetailsAreDenied_KeepsTheResourcesWithUnreadableProperties()
    {
        using var fake = RdsEstate.Register(new FakeAws())
            .On("rds", "DescribeDBSnapshotAttributes", _ => FakeAws.QueryDenied())
            .On("rds", "DescribeDBParameters", _ => FakeAws.QueryDenied());

        var snapshot = await fake.CollectAsync(new RdsCollector());

        var export = snapshot.RdsSnapshots.Single(s => s.SnapshotIdentifier == "billing-export");
        Assert.Equal(["Public", "SharedWithAccounts"], export.Unreadable);
        var billing = snapshot.RdsInstances.Single(i => i.DbInstanceIdentifier == "billing");
        Assert.Equal(["Parameters"], billing.Unreadable);
        Assert.Equal(
            [($"{Arn}:db:billing", "Parameters"), (export.Arn, "Public"), (export.Arn, "SharedWithAccounts")],
            snapshot.Errors.Select(e => (e.ResourceArn!, e.Property!)).Order());
        Assert.All(snapshot.Errors, e => Assert.Equal("AccessDenied", e.ErrorCode));
    }

    [Fact]
    public async Task Checks_OnUnreadableSharingAndParameters_ReportErrorNotPass()
    {
        using var fake = RdsEstate.Register(new FakeAws())
            .On("rds", "DescribeDBSnapshotAttributes", _ => FakeAws.QueryDenied())
            .On("rds", "DescribeDBParameters", _ => FakeAws.QueryDenied());

        var snapshot = await fake.CollectAsync(new RdsCollector());

        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "rds-snapshot-not-public", $"{Arn}:snapshot:billing-export"));
        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "rds-instance-encrypted-in-transit", $"{Arn}:db:billing"));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "rds-instance-not-publicly-accessible", $"{Arn}:db:billing"));
    }

    [Fact]
    public async Task Checks_OnTheReadableEstate_FindThePublicSnapshotAndPlainConnections()
    {
        using var fake = RdsEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new RdsCollector());

        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "rds-snapshot-not-public", $"{Arn}:snapshot:billing-export"));
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "rds-snapshot-not-public", $"{Arn}:cluster-snapshot:orders-before-migration"));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "rds-instance-encrypted-in-transit", $"{Arn}:db:billing"));
    }
}
