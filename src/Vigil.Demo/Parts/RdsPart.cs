using Vigil.Core.Model.Rds;

namespace Vigil.Demo.Parts;

/// <summary>Databases of Acme Analytics. Production: Aurora PostgreSQL ledger clusters in us-east-1 and eu-west-1,
/// an Aurora MySQL sessions cluster, MySQL billing and PostgreSQL reporting/analytics instances, all encrypted,
/// Multi-AZ, private, monitored and backed up. Development: smaller copies with most of the weaknesses (an
/// unencrypted MySQL instance and its public snapshot, a publicly accessible sandbox, single-AZ databases,
/// default administrator names and ports).</summary>
internal sealed class RdsPart : IDemoPart
{
    private const string Prod = DemoAccounts.Prod;
    private const string Dev = DemoAccounts.Dev;
    private const string UsEast1 = DemoAccounts.UsEast1;
    private const string EuWest1 = DemoAccounts.EuWest1;
    private const string ApSoutheast2 = DemoAccounts.ApSoutheast2;

    public void Build(DemoEstateBuilder demo)
    {
        BuildProduction(demo);
        BuildDevelopment(demo);
    }

    private static void BuildProduction(DemoEstateBuilder demo)
    {
        var ledger = demo.Add(Cluster(Prod, UsEast1, "acme-ledger-prod", "aurora-postgresql", "16.4", "ledger"));
        AddMembers(demo, ledger, 15432, "a", "b");
        var sessions = demo.Add(Cluster(Prod, UsEast1, "acme-sessions-prod", "aurora-mysql", "8.0.mysql_aurora.3.07.1", "web") with
        {
            BacktrackWindow = 86400,
            EnabledCloudwatchLogsExports = ["audit", "error", "slowquery"],
        });
        AddMembers(demo, sessions, 13306, "a", "c");
        var ledgerEu = demo.Add(Cluster(Prod, EuWest1, "acme-ledger-eu-prod", "aurora-postgresql", "16.4", "ledger"));
        AddMembers(demo, ledgerEu, 15432, "a", "b");

        var events = demo.Add(MultiAzCluster(Prod, UsEast1, "acme-events-prod", "events"));
        AddMembers(demo, events, 15432, "a", "b", "c");

        var billing = demo.Add(MySql(Prod, UsEast1, "acme-billing-prod", "billing"));
        demo.Add(MySql(Prod, UsEast1, "acme-billing-prod-replica-1", "billing") with
        {
            ReadReplicaSourceDbInstanceIdentifier = billing.DbInstanceIdentifier,
            BackupRetentionPeriod = 0,
        });
        demo.Add(MySql(Prod, EuWest1, "acme-billing-eu-prod", "billing"));
        var reporting = demo.Add(Postgres(Prod, UsEast1, "acme-reporting-prod", "reporting") with { IamDatabaseAuthenticationEnabled = false });
        demo.Weakness("rds-instance-iam-authentication", reporting.Arn,
            "The reporting database was migrated from on-premises with password logins for the BI tool and never switched to IAM authentication.");
        demo.Add(Postgres(Prod, ApSoutheast2, "acme-analytics-apac-prod", "analytics"));

        demo.Add(Snapshot(Prod, UsEast1, "acme-billing-prod-pre-upgrade-2026-10", billing.DbInstanceIdentifier, demo.Now.AddDays(-35)));
        demo.Add(Snapshot(Prod, UsEast1, $"rds:{billing.DbInstanceIdentifier}-2026-11-19-03-10", billing.DbInstanceIdentifier, demo.Now.AddHours(-30)) with { SnapshotType = "automated" });
        demo.Add(Snapshot(Prod, UsEast1, "acme-ledger-prod-quarter-close-2026-q3", ledger.DbClusterIdentifier, demo.Now.AddDays(-50), cluster: true) with
        {
            SharedWithAccounts = [Dev],
        });
        demo.Add(Snapshot(Prod, EuWest1, "acme-ledger-eu-prod-quarter-close-2026-q3", ledgerEu.DbClusterIdentifier, demo.Now.AddDays(-50), cluster: true));
    }

    private static void BuildDevelopment(DemoEstateBuilder demo)
    {
        var ledger = demo.Add(Cluster(Dev, UsEast1, "acme-ledger-dev", "aurora-postgresql", "16.4", "ledger") with
        {
            MultiAz = false,
            AvailabilityZones = [$"{UsEast1}a"],
            DeletionProtection = false,
            MasterUsername = "postgres",
        });
        AddMembers(demo, ledger, 5432, "a");
        demo.Weakness("rds-cluster-multi-az", ledger.Arn, "The development ledger cluster has a single writer instance and nothing to fail over to.");
        demo.Weakness("rds-cluster-deletion-protection", ledger.Arn, "Deletion protection is off on the development ledger cluster so that test pipelines can recreate it.");
        demo.Weakness("rds-cluster-custom-admin-username", ledger.Arn, "The development ledger cluster was created with the default postgres administrator.");
        demo.Weakness("rds-instance-non-default-port", Arn(Dev, UsEast1, "db", "acme-ledger-dev-1"), "The development ledger instance listens on PostgreSQL's default port 5432.");

        var sessions = demo.Add(Cluster(Dev, UsEast1, "acme-sessions-dev", "aurora-mysql", "8.0.mysql_aurora.3.07.1", "web") with
        {
            StorageEncrypted = false,
            KmsKeyId = null,
            BacktrackWindow = null,
            CopyTagsToSnapshot = false,
            EnabledCloudwatchLogsExports = ["error"],
            IamDatabaseAuthenticationEnabled = false,
        });
        AddMembers(demo, sessions, 13306, "a", "b");
        demo.Weakness("rds-cluster-storage-encrypted", sessions.Arn, "The development sessions cluster was created from an old unencrypted snapshot and its storage is not encrypted.");
        demo.Weakness("rds-cluster-backtracking-enabled", sessions.Arn, "The development sessions cluster was restored without a backtrack window.");
        demo.Weakness("rds-cluster-copy-tags-to-snapshots", sessions.Arn, "Snapshots of the development sessions cluster do not inherit its owner and cost tags.");
        demo.Weakness("rds-cluster-cloudwatch-logs-exported", sessions.Arn, "The development sessions cluster exports only its error log, not the audit log.");
        demo.Weakness("rds-cluster-iam-authentication", sessions.Arn, "Developers log in to the sessions cluster with a shared password instead of IAM authentication.");

        var billing = demo.Add(MySql(Dev, UsEast1, "acme-billing-dev", "billing") with
        {
            StorageEncrypted = false,
            KmsKeyId = null,
            MultiAz = false,
            DeletionProtection = false,
            BackupRetentionPeriod = 1,
            MasterUsername = "admin",
            EnabledCloudwatchLogsExports = ["error"],
            Parameters = new Dictionary<string, string> { ["require_secure_transport"] = "OFF" },
        });
        demo.Weakness("rds-instance-storage-encrypted", billing.Arn, "The development billing database was launched unencrypted years ago and still holds a copy of production invoices.");
        demo.Weakness("rds-instance-multi-az", billing.Arn, "The development billing database runs in a single Availability Zone.");
        demo.Weakness("rds-instance-deletion-protection", billing.Arn, "Deletion protection is off on the development billing database.");
        demo.Weakness("rds-instance-automatic-backups", billing.Arn, "The development billing database keeps automated backups for only one day.");
        demo.Weakness("rds-instance-custom-admin-username", billing.Arn, "The development billing database uses the default admin administrator name.");
        demo.Weakness("rds-instance-cloudwatch-logs-exported", billing.Arn, "The development billing database exports only its error log to CloudWatch Logs.");
        demo.Weakness("rds-instance-encrypted-in-transit", billing.Arn, "The development billing database accepts plain-text connections (require_secure_transport is OFF).");

        var sandbox = demo.Add(Postgres(Dev, UsEast1, "acme-sandbox-dev", "sandbox") with
        {
            PubliclyAccessible = true,
            MultiAz = false,
            AutoMinorVersionUpgrade = false,
            MonitoringInterval = 0,
            CopyTagsToSnapshot = false,
            Port = 5432,
        });
        demo.Weakness("rds-instance-not-publicly-accessible", sandbox.Arn, "The sandbox database was made publicly accessible so that a contractor could connect from home.");
        demo.Weakness("rds-instance-multi-az", sandbox.Arn, "The sandbox database runs in a single Availability Zone.");
        demo.Weakness("rds-instance-auto-minor-version-upgrade", sandbox.Arn, "Automatic minor version upgrades were turned off on the sandbox database during a test and never turned back on.");
        demo.Weakness("rds-instance-enhanced-monitoring", sandbox.Arn, "The sandbox database has no enhanced monitoring.");
        demo.Weakness("rds-instance-copy-tags-to-snapshots", sandbox.Arn, "Snapshots of the sandbox database do not inherit its tags.");
        demo.Weakness("rds-instance-non-default-port", sandbox.Arn, "The publicly accessible sandbox database listens on PostgreSQL's default port 5432.");

        var events = demo.Add(MultiAzCluster(Dev, EuWest1, "acme-events-dev", "events") with { AutoMinorVersionUpgrade = false });
        AddMembers(demo, events, 15432, "a", "b", "c");
        demo.Weakness("rds-cluster-auto-minor-version-upgrade", events.Arn,
            "Automatic minor version upgrades were disabled on the development events cluster to pin a PostgreSQL version for a load test.");

        var etl = demo.Add(Postgres(Dev, EuWest1, "acme-etl-dev", "etl") with { MultiAz = false });
        demo.Weakness("rds-instance-multi-az", etl.Arn, "The development ETL staging database runs in a single Availability Zone.");
        demo.Add(Postgres(Dev, ApSoutheast2, "acme-analytics-apac-dev", "analytics"));

        var forVendor = demo.Add(Snapshot(Dev, UsEast1, "acme-billing-dev-for-vendor", billing.DbInstanceIdentifier, demo.Now.AddDays(-64)) with
        {
            Encrypted = false,
            KmsKeyId = null,
            Public = true,
        });
        demo.Weakness("rds-snapshot-not-public", forVendor.Arn, "A manual snapshot of the development billing database was made public to hand it to a vendor and never made private again.");
        demo.Weakness("rds-snapshot-encrypted", forVendor.Arn, "The snapshot shared with the vendor is a copy of the unencrypted development billing database.");
        var automated = demo.Add(Snapshot(Dev, UsEast1, $"rds:{billing.DbInstanceIdentifier}-2026-11-19-04-00", billing.DbInstanceIdentifier, demo.Now.AddHours(-29)) with
        {
            SnapshotType = "automated",
            Encrypted = false,
            KmsKeyId = null,
        });
        demo.Weakness("rds-snapshot-encrypted", automated.Arn, "Automated snapshots of the unencrypted development billing database are unencrypted too.");
        demo.Add(Snapshot(Dev, EuWest1, "acme-etl-dev-before-schema-migration", etl.DbInstanceIdentifier, demo.Now.AddDays(-12)));
    }

    private static string Arn(string accountId, string region, string kind, string identifier) =>
        $"arn:aws:rds:{region}:{accountId}:{kind}:{identifier}";

    private static string RdsKey(string accountId, string region) =>
        KmsPart.KeyArn(accountId, region, accountId == Prod ? "acme-rds" : "acme-dev-data");

    private static Dictionary<string, string> Tags(string accountId, string application) => new()
    {
        ["owner"] = "data-platform",
        ["application"] = application,
        ["environment"] = accountId == Prod ? "production" : "development",
        ["data-classification"] = accountId == Prod ? "confidential" : "internal",
        ["managed-by"] = "terraform",
    };

    private static RdsCluster Cluster(string accountId, string region, string id, string engine, string version, string application) => new()
    {
        Arn = Arn(accountId, region, "cluster", id),
        Name = id,
        AccountId = accountId,
        Region = region,
        Tags = Tags(accountId, application),
        DbClusterIdentifier = id,
        Engine = engine,
        EngineVersion = version,
        StorageEncrypted = true,
        KmsKeyId = RdsKey(accountId, region),
        MultiAz = true,
        AvailabilityZones = [$"{region}a", $"{region}b", $"{region}c"],
        DeletionProtection = true,
        IamDatabaseAuthenticationEnabled = true,
        BackupRetentionPeriod = accountId == Prod ? 35 : 7,
        CopyTagsToSnapshot = true,
        AutoMinorVersionUpgrade = true,
        EnabledCloudwatchLogsExports = engine == "aurora-postgresql" ? ["postgresql"] : ["audit", "error", "slowquery"],
        MasterUsername = $"{application}_admin",
        PubliclyAccessible = false,
    };

    /// <summary>A Multi-AZ DB cluster (RDS for PostgreSQL with a writer and two readable standbys).</summary>
    private static RdsCluster MultiAzCluster(string accountId, string region, string id, string application) =>
        Cluster(accountId, region, id, "postgres", "16.4", application) with
        {
            EnabledCloudwatchLogsExports = ["postgresql", "upgrade"],
        };

    /// <summary>The cluster's instances, the first the writer, one per Availability Zone suffix.</summary>
    private static void AddMembers(DemoEstateBuilder demo, RdsCluster cluster, int port, params string[] zones)
    {
        for (var i = 0; i < zones.Length; i++)
        {
            var id = $"{cluster.DbClusterIdentifier}-{i + 1}";
            demo.Add(new RdsInstance
            {
                Arn = Arn(cluster.AccountId, cluster.Region!, "db", id),
                Name = id,
                AccountId = cluster.AccountId,
                Region = cluster.Region,
                Tags = cluster.Tags,
                DbInstanceIdentifier = id,
                Engine = cluster.Engine,
                EngineVersion = cluster.EngineVersion,
                DbInstanceClass = cluster.AccountId == Prod ? "db.r6g.xlarge" : "db.t4g.medium",
                DbClusterIdentifier = cluster.DbClusterIdentifier,
                PubliclyAccessible = false,
                StorageEncrypted = cluster.StorageEncrypted,
                KmsKeyId = cluster.KmsKeyId,
                MultiAz = false,
                AutoMinorVersionUpgrade = true,
                BackupRetentionPeriod = cluster.BackupRetentionPeriod,
                IamDatabaseAuthenticationEnabled = cluster.IamDatabaseAuthenticationEnabled,
                MonitoringInterval = 60,
                CopyTagsToSnapshot = cluster.CopyTagsToSnapshot,
                Port = port,
                MasterUsername = cluster.MasterUsername,
                VpcId = VpcId(cluster.AccountId, cluster.Region!),
                PerformanceInsightsEnabled = true,
            });
        }
    }

    private static string VpcId(string accountId, string region) =>
        $"vpc-0{(accountId == Prod ? "a" : "d")}{DemoAccounts.Regions.ToList().IndexOf(region)}acme0data";

    private static RdsInstance Instance(string accountId, string region, string id, string engine, string version, string application) => new()
    {
        Arn = Arn(accountId, region, "db", id),
        Name = id,
        AccountId = accountId,
        Region = region,
        Tags = Tags(accountId, application),
        DbInstanceIdentifier = id,
        Engine = engine,
        EngineVersion = version,
        DbInstanceClass = accountId == Prod ? "db.m6g.xlarge" : "db.t4g.medium",
        PubliclyAccessible = false,
        StorageEncrypted = true,
        KmsKeyId = RdsKey(accountId, region),
        MultiAz = true,
        AutoMinorVersionUpgrade = true,
        BackupRetentionPeriod = accountId == Prod ? 35 : 7,
        DeletionProtection = true,
        IamDatabaseAuthenticationEnabled = true,
        MonitoringInterval = 60,
        CopyTagsToSnapshot = true,
        MasterUsername = $"{application}_admin",
        VpcId = VpcId(accountId, region),
        PerformanceInsightsEnabled = true,
    };

    private static RdsInstance MySql(string accountId, string region, string id, string application) =>
        Instance(accountId, region, id, "mysql", "8.0.39", application) with
        {
            Port = 13306,
            EnabledCloudwatchLogsExports = ["audit", "error", "general", "slowquery"],
            Parameters = new Dictionary<string, string> { ["require_secure_transport"] = "1" },
        };

    private static RdsInstance Postgres(string accountId, string region, string id, string application) =>
        Instance(accountId, region, id, "postgres", "16.4", application) with
        {
            Port = 15432,
            EnabledCloudwatchLogsExports = ["postgresql", "upgrade"],
            Parameters = new Dictionary<string, string> { ["rds.force_ssl"] = "1" },
        };

    private static RdsSnapshot Snapshot(string accountId, string region, string id, string source, DateTimeOffset created, bool cluster = false) => new()
    {
        Arn = Arn(accountId, region, cluster ? "cluster-snapshot" : "snapshot", id),
        Name = id,
        AccountId = accountId,
        Region = region,
        Tags = Tags(accountId, "backup"),
        SnapshotIdentifier = id,
        IsClusterSnapshot = cluster,
        SourceIdentifier = source,
        Encrypted = true,
        KmsKeyId = RdsKey(accountId, region),
        SnapshotType = "manual",
        CreateTime = created,
    };
}
