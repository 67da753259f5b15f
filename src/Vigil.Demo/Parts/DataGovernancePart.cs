using Vigil.Core.Model;
using Vigil.Core.Model.Backup;
using Vigil.Core.Model.DynamoDb;
using Vigil.Core.Model.Ec2;
using Vigil.Core.Model.Ecr;
using Vigil.Core.Model.Efs;
using Vigil.Core.Model.Rds;
using Vigil.Core.Model.S3;
using Vigil.Core.Model.SecretsManager;

namespace Vigil.Demo.Parts;

/// <summary>Data residency, classification and backup coverage, judged with <see cref="DemoEstate.Settings"/> (Acme's
/// allowed regions are its three home regions and their disaster-recovery partners; every data store carries a
/// data-classification tag; every backup plan copies to another region). Infrastructure backup plans select every EBS
/// volume and RDS database of each account and region by resource type. The weaknesses: a contractor's proof of concept
/// built by hand in Mumbai (ap-south-1), outside the allowed regions, unclassified and in no backup plan; the CloudTrail
/// log buckets the trail module creates without a classification tag; plans that keep their only copies at home, one
/// that deletes recovery points after two days, and one that copies into the Mumbai vault. The login sessions table is a
/// global table replicated between us-east-1 and eu-west-1.</summary>
internal sealed class DataGovernancePart : IDemoPart
{
    private const string Prod = DemoAccounts.Prod;
    private const string Dev = DemoAccounts.Dev;
    private const string UsEast1 = DemoAccounts.UsEast1;
    private const string EuWest1 = DemoAccounts.EuWest1;
    private const string Mumbai = "ap-south-1";

    public void Build(DemoEstateBuilder demo)
    {
        InfrastructurePlans(demo);
        ShortLivedCachePlan(demo);
        PlansWithoutCopies(demo);
        UnclassifiedTrailBuckets(demo);
        UnprotectedScratchTable(demo);
        var templates = Templates.Build();
        MumbaiProofOfConcept(demo, templates);
        GlobalSessionsTable(demo, templates.Table);
    }

    /// <summary>The disaster-recovery region of each home region, where the plans copy to.</summary>
    public static string DrRegion(string region) => region switch
    {
        UsEast1 => "us-west-2",
        EuWest1 => "eu-central-1",
        _ => "ap-southeast-4",
    };

    /// <summary>One plan per account and region selecting all EBS volumes, RDS databases and global DynamoDB tables (minus
    /// those tagged backup=none), daily, kept 35 days, copied to the region's disaster-recovery partner.</summary>
    private static void InfrastructurePlans(DemoEstateBuilder demo)
    {
        foreach (var account in DemoAccounts.All)
        {
            foreach (var region in DemoAccounts.Regions)
            {
                var copyTo = account == Dev && region == EuWest1
                    ? $"arn:aws:backup:{Mumbai}:{Dev}:backup-vault:poc-mumbai"
                    : $"arn:aws:backup:{DrRegion(region)}:{account}:backup-vault:acme-infrastructure-dr";
                var plan = demo.Add(Plan(account, region, "acme-infrastructure-daily", 35, copyTo, new BackupSelection
                {
                    SelectionName = "ebs-and-rds",
                    Resources = ["arn:aws:ec2:*:*:volume/*", "arn:aws:rds:*:*:db:*", "arn:aws:rds:*:*:cluster:*", "arn:aws:dynamodb:*:*:table/acme-global-*"],
                    Conditions = [new BackupTagCondition { Operator = "StringNotEquals", TagKey = "backup", Value = "none" }],
                }));
                if (account == Dev && region == EuWest1)
                {
                    demo.Weakness("backup-plan-copy-in-allowed-region", plan.Arn,
                        "The dev eu-west-1 infrastructure plan was pointed at the proof of concept's vault in Mumbai during the contractor's trial and still copies every dev volume and database there.");
                }
            }
        }
    }

    /// <summary>CI build caches selected by tag, backed up hourly and deleted after two days.</summary>
    private static void ShortLivedCachePlan(DemoEstateBuilder demo)
    {
        var plan = demo.Add(Plan(Dev, UsEast1, "acme-dev-ci-cache-hourly", 2, $"arn:aws:backup:{DrRegion(UsEast1)}:{Dev}:backup-vault:acme-infrastructure-dr",
            new BackupSelection
            {
                SelectionName = "ci-caches",
                ListOfTags = [new BackupTagCondition { Operator = "StringEquals", TagKey = "backup", Value = "hourly" }],
            }) with { Rules = [Rule("hourly", "cron(0 * ? * * *)", 2, $"arn:aws:backup:{DrRegion(UsEast1)}:{Dev}:backup-vault:acme-infrastructure-dr")] });
        demo.Weakness("backup-plan-retention-min-days", plan.Arn,
            "The CI cache plan deletes its hourly recovery points after two days, below the 7-day minimum, so a cache poisoned on Friday cannot be rolled back on Monday.");
    }

    /// <summary>The data-store plans of the production eu-west-1 and both dev regions keep their only copy where the data is.</summary>
    private static void PlansWithoutCopies(DemoEstateBuilder demo)
    {
        foreach (var (account, region, environment) in new[] { (Prod, EuWest1, "prod"), (Dev, UsEast1, "dev"), (Dev, EuWest1, "dev") })
        {
            demo.Weakness("backup-plan-copy-required", $"arn:aws:backup:{region}:{account}:backup-plan:{environment}-{region}-daily-monthly",
                $"The {environment} data-store plan in {region} copies nothing to another region: an outage or a compromise of the region takes the tables and file systems with their backups.");
        }
    }

    /// <summary>The developer's scratch table of the data-stores part was never added to the dev backup plan.</summary>
    private static void UnprotectedScratchTable(DemoEstateBuilder demo) =>
        demo.Weakness("dynamodb-table-in-backup-plan", $"arn:aws:dynamodb:{UsEast1}:{Dev}:table/dev-scratch-jlee",
            "The developer's scratch table dev-scratch-jlee was created by hand and never added to the dev backup plan, yet the data-science team keeps experiment results in it.");

    private static void UnclassifiedTrailBuckets(DemoEstateBuilder demo)
    {
        foreach (var bucket in new[] { $"acme-prod-lambda-trail-logs-{Prod}", $"acme-dev-trail-logs-{Dev}" })
        {
            demo.Weakness("s3-bucket-classification-tagged", $"arn:aws:s3:::{bucket}",
                $"The CloudTrail module creates {bucket} without the data-classification tag, so the audit logs in it are not marked as restricted.");
        }
    }

    /// <summary>A contractor's proof of concept for an Indian customer, copied by hand from the dev templates into
    /// Mumbai: every kind of data store, none classified, none in a backup plan.</summary>
    private static void MumbaiProofOfConcept(DemoEstateBuilder demo, Templates templates)
    {
        var residency = "was created in Mumbai (ap-south-1) for a contractor's proof of concept, outside Acme's allowed regions";

        const string bucketName = "acme-dev-poc-mumbai";
        var bucket = demo.Add(Unclassified(templates.Bucket) with
        {
            Arn = $"arn:aws:s3:::{bucketName}",
            Name = bucketName,
            AccountId = Dev,
            Region = Mumbai,
            Policy = templates.Bucket.Policy?.Replace(templates.Bucket.Name, bucketName, StringComparison.Ordinal),
            Logging = templates.Bucket.Logging is { } logging ? logging with { TargetPrefix = $"{bucketName}/" } : null,
            ReplicationRules = [new ReplicationRule { Id = "disaster-recovery", Status = "Enabled", DestinationBucketArn = "arn:aws:s3:::acme-dev-poc-mumbai-dr", DestinationRegion = "ap-southeast-1" }],
        });
        Weak(demo, bucket.Arn, $"The bucket acme-dev-poc-mumbai {residency}",
            ("s3-bucket-in-allowed-region", ""),
            ("s3-bucket-replication-in-allowed-region", " and replicates to Singapore"),
            ("s3-bucket-classification-tagged", " and was never classified"));

        var volume = demo.Add(Moved(templates.Volume, "vol-0f3b9d2a7c41e5086") with { VolumeId = "vol-0f3b9d2a7c41e5086", Name = "poc-mumbai-data" });
        Weak(demo, volume.Arn, $"The data volume of the proof of concept {residency}",
            ("ec2-ebs-volume-in-allowed-region", ""),
            ("ec2-ebs-volume-in-backup-plan", " and no backup plan covers Mumbai"));

        var snapshot = demo.Add(Moved(templates.Snapshot, "snap-0c82e4f19a3d7b605") with { SnapshotId = "snap-0c82e4f19a3d7b605", VolumeId = volume.VolumeId, Name = "poc-mumbai-data-seed" });
        Weak(demo, snapshot.Arn, $"The seed snapshot of the proof of concept {residency}", ("ec2-ebs-snapshot-in-allowed-region", ""));

        var instance = demo.Add(Unclassified(Moved(templates.Instance, "poc-mumbai-db")) with { DbInstanceIdentifier = "poc-mumbai-db", Name = "poc-mumbai-db" });
        Weak(demo, instance.Arn, $"The proof of concept's PostgreSQL instance {residency}",
            ("rds-instance-in-allowed-region", ""),
            ("rds-instance-in-backup-plan", " and no backup plan covers Mumbai"),
            ("rds-instance-classification-tagged", " and was never classified"));

        var dbSnapshot = demo.Add(Moved(templates.DbSnapshot, "poc-mumbai-db-import") with { SnapshotIdentifier = "poc-mumbai-db-import", SourceIdentifier = instance.DbInstanceIdentifier, Name = "poc-mumbai-db-import" });
        Weak(demo, dbSnapshot.Arn, $"The snapshot the proof of concept's database was imported from {residency}", ("rds-snapshot-in-allowed-region", ""));

        var cluster = demo.Add(Unclassified(Moved(templates.Cluster, "poc-mumbai-analytics")) with { DbClusterIdentifier = "poc-mumbai-analytics", Name = "poc-mumbai-analytics" });
        Weak(demo, cluster.Arn, $"The proof of concept's Aurora cluster {residency}",
            ("rds-cluster-in-allowed-region", ""),
            ("rds-cluster-in-backup-plan", " and no backup plan covers Mumbai"),
            ("rds-cluster-classification-tagged", " and was never classified"));

        var table = demo.Add(Unclassified(Moved(templates.Table, "poc-mumbai-orders")) with { Name = "poc-mumbai-orders", ReplicaRegions = ["ap-southeast-1"] });
        Weak(demo, table.Arn, $"The proof of concept's orders table {residency}",
            ("dynamodb-table-in-allowed-region", ""),
            ("dynamodb-table-replicas-in-allowed-region", " and replicates to Singapore"),
            ("dynamodb-table-in-backup-plan", " and no backup plan covers Mumbai"),
            ("dynamodb-table-classification-tagged", " and was never classified"));

        var fileSystem = demo.Add(Unclassified(Moved(templates.FileSystem, "fs-0e7d1c9b3a5f2e061")) with
        {
            FileSystemId = "fs-0e7d1c9b3a5f2e061",
            Name = "poc-mumbai-uploads",
            BackupPolicyStatus = "DISABLED",
        });
        Weak(demo, fileSystem.Arn, $"The proof of concept's upload share {residency}",
            ("efs-file-system-in-allowed-region", ""),
            ("efs-file-system-automatic-backups-enabled", " and has automatic backups turned off"),
            ("efs-file-system-in-backup-plan", " and no backup plan covers Mumbai"),
            ("efs-file-system-classification-tagged", " and was never classified"));

        var secret = demo.Add(Unclassified(Moved(templates.Secret, "poc-mumbai/db-master-Xk3Pq9")) with { Name = "poc-mumbai/db-master" });
        Weak(demo, secret.Arn, $"The proof of concept's database password {residency}",
            ("secretsmanager-secret-in-allowed-region", ""),
            ("secretsmanager-secret-classification-tagged", " and was never classified"));

        var vault = demo.Add(Unclassified(Moved(templates.Vault, "poc-mumbai")) with { Name = "poc-mumbai" });
        Weak(demo, vault.Arn, $"The proof of concept's backup vault {residency}",
            ("backup-vault-in-allowed-region", ""),
            ("backup-vault-classification-tagged", " and was never classified, though it receives copies of the dev databases"));

        var repository = demo.Add(Moved(templates.Repository, "acme/poc-mumbai-api") with { Name = "acme/poc-mumbai-api" });
        Weak(demo, repository.Arn, $"The proof of concept's image repository {residency}", ("ecr-repository-in-allowed-region", ""));
    }

    /// <summary>The login sessions table, a global table replicated between the two production home regions.</summary>
    private static void GlobalSessionsTable(DemoEstateBuilder demo, DynamoDbTable template)
    {
        foreach (var (region, replica) in new[] { (UsEast1, EuWest1), (EuWest1, UsEast1) })
        {
            demo.Add(Moved(template, "acme-global-sessions", Prod, region) with
            {
                Name = "acme-global-sessions",
                KmsKeyArn = template.KmsKeyArn?.Replace($":{template.Region}:{template.AccountId}:", $":{region}:{Prod}:", StringComparison.Ordinal),
                ReplicaRegions = [replica],
                Tags = new Dictionary<string, string>(template.Tags) { ["environment"] = "production", ["owner"] = "identity" },
            });
        }
    }

    private static void Weak(DemoEstateBuilder demo, string arn, string subject, params (string CheckId, string What)[] weaknesses)
    {
        foreach (var (checkId, what) in weaknesses) demo.Weakness(checkId, arn, $"{subject}{what}.");
    }

    /// <summary>A copy of a template in the dev account in Mumbai: the region, account and last part of the ARN replaced.</summary>
    private static T Moved<T>(T template, string id) where T : Resource => Moved(template, id, Dev, Mumbai);

    private static T Moved<T>(T template, string id, string account, string region) where T : Resource
    {
        var arn = template.Arn.Replace($":{template.Region}:{template.AccountId}:", $":{region}:{account}:", StringComparison.Ordinal);
        // Repository and secret names contain '/': keep the resource-type part of the ARN only.
        var prefix = template switch
        {
            EcrRepository => arn[..(arn.IndexOf(":repository/", StringComparison.Ordinal) + ":repository/".Length)],
            Secret => arn[..(arn.IndexOf(":secret:", StringComparison.Ordinal) + ":secret:".Length)],
            _ => arn[..(arn.LastIndexOfAny([':', '/']) + 1)],
        };
        return template with { Arn = prefix + id, AccountId = account, Region = region };
    }

    private static T Unclassified<T>(T resource) where T : Resource =>
        resource with { Tags = resource.Tags.Where(t => t.Key != "data-classification").ToDictionary(t => t.Key, t => t.Value) };

    private static BackupPlan Plan(string account, string region, string name, int keepDays, string copyTo, BackupSelection selection)
    {
        var id = $"{name}-{(account == Prod ? "prod" : "dev")}-{region}";
        return new BackupPlan
        {
            Arn = $"arn:aws:backup:{region}:{account}:backup-plan:{id}",
            Name = name,
            AccountId = account,
            Region = region,
            BackupPlanId = id,
            Rules = [Rule("daily", "cron(0 3 ? * * *)", keepDays, copyTo)],
            SelectedResources = selection.Resources,
            Selections = [selection],
            Tags = new Dictionary<string, string>
            {
                ["owner"] = "platform",
                ["environment"] = account == Prod ? "production" : "development",
                ["managed-by"] = "terraform",
            },
        };
    }

    private static BackupRule Rule(string name, string schedule, int keepDays, string copyTo) => new()
    {
        RuleName = name,
        TargetVaultName = "acme-infrastructure",
        ScheduleExpression = schedule,
        DeleteAfterDays = keepDays,
        CopyDestinationVaultArns = [copyTo],
    };

    /// <summary>Well-configured dev resources of the other parts, built on a scratch estate, that the proof of concept
    /// was copied from (so it passes every check its template passes, apart from where it is and what it lacks).</summary>
    private sealed record Templates(
        S3Bucket Bucket, EbsVolume Volume, EbsSnapshot Snapshot, RdsInstance Instance, RdsSnapshot DbSnapshot, RdsCluster Cluster,
        DynamoDbTable Table, EfsFileSystem FileSystem, Secret Secret, BackupVault Vault, EcrRepository Repository)
    {
        public static Templates Build()
        {
            var scratch = new DemoEstateBuilder();
            new AccountsPart().Build(scratch);
            foreach (var part in new IDemoPart[] { new ComputePart(), new DataStoresPart(), new EdgePart(), new RdsPart(), new S3Part() })
                part.Build(scratch);
            var weak = scratch.Weaknesses.Select(w => w.ResourceArn).ToHashSet(StringComparer.Ordinal);
            // A dev resource in us-east-1 when there is one, else the first well-configured one of its kind.
            T Pick<T>(Func<T, bool>? also = null) where T : Resource => scratch.Snapshot.Resources<T>()
                .Where(r => !weak.Contains(r.Arn) && (also?.Invoke(r) ?? true))
                .OrderBy(r => r.AccountId == Dev && r.Region == UsEast1 ? 0 : r.AccountId == Dev ? 1 : 2)
                .First();
            return new Templates(
                Pick<S3Bucket>(),
                Pick<EbsVolume>(),
                Pick<EbsSnapshot>(),
                Pick<RdsInstance>(i => i.DbClusterIdentifier is null && i.ReadReplicaSourceDbInstanceIdentifier is null),
                Pick<RdsSnapshot>(s => !s.IsClusterSnapshot),
                Pick<RdsCluster>(),
                Pick<DynamoDbTable>(),
                Pick<EfsFileSystem>(),
                Pick<Secret>(s => s.DeletedDate is null),
                Pick<BackupVault>(),
                Pick<EcrRepository>());
        }
    }
}
