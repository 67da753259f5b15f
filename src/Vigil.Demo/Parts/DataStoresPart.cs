using Vigil.Core.Model.Backup;
using Vigil.Core.Model.DynamoDb;
using Vigil.Core.Model.Efs;
using Vigil.Core.Model.SecretsManager;

namespace Vigil.Demo.Parts;

/// <summary>DynamoDB tables, EFS file systems, AWS Backup vaults and plans, and Secrets Manager secrets. Production
/// is well protected (point-in-time recovery, deletion protection, customer managed keys, daily and monthly backups
/// copied to a locked vault in another region, rotated credentials); the weaknesses sit mostly in development, apart from
/// what production still shares with the partner Northwind (its reporting exports share, mail relay credentials and a
/// vault it copied into).</summary>
internal sealed class DataStoresPart : IDemoPart
{
    private const string Prod = DemoAccounts.Prod;
    private const string Dev = DemoAccounts.Dev;
    private const string UsEast1 = DemoAccounts.UsEast1;
    private const string EuWest1 = DemoAccounts.EuWest1;
    private const string ApSoutheast2 = DemoAccounts.ApSoutheast2;

    public void Build(DemoEstateBuilder demo)
    {
        var now = demo.Now;
        var protectedArns = new Dictionary<(string Account, string Region), List<string>>();
        void Protect(string account, string region, string arn)
        {
            if (!protectedArns.TryGetValue((account, region), out var list)) protectedArns[(account, region)] = list = [];
            list.Add(arn);
        }

        // DynamoDB: production tables are on demand (or auto scaled), with PITR, deletion protection and a CMK.
        foreach (var (account, region, name, team) in new[]
        {
            (Prod, UsEast1, "orders", "commerce"),
            (Prod, UsEast1, "order-events", "commerce"),
            (Prod, UsEast1, "customers", "commerce"),
            (Prod, UsEast1, "invoices", "billing"),
            (Prod, UsEast1, "feature-flags", "platform"),
            (Prod, UsEast1, "user-sessions", "identity"),
            (Prod, EuWest1, "orders-eu", "commerce"),
            (Prod, EuWest1, "customers-eu", "commerce"),
            (Prod, EuWest1, "user-sessions-eu", "identity"),
            (Prod, ApSoutheast2, "orders-apac", "commerce"),
            (Prod, ApSoutheast2, "user-sessions-apac", "identity"),
            (Dev, UsEast1, "orders-dev", "commerce"),
            (Dev, UsEast1, "feature-flags-dev", "platform"),
            (Dev, EuWest1, "user-sessions-dev", "identity"),
        })
        {
            var table = demo.Add(Table(account, region, name, team) with
            {
                BillingMode = name == "order-events" ? "PROVISIONED" : "PAY_PER_REQUEST",
                AutoScalingConfigured = name == "order-events",
            });
            Protect(account, region, table.Arn);
        }

        // A provisioned table from before on-demand capacity existed; nobody attached auto scaling to it.
        var rollups = demo.Add(Table(Prod, UsEast1, "analytics-rollups-legacy", "analytics") with
        {
            BillingMode = "PROVISIONED",
            AutoScalingConfigured = false,
        });
        Protect(Prod, UsEast1, rollups.Arn);
        demo.Weakness("dynamodb-table-capacity-auto-scaled", rollups.Arn,
            "The legacy analytics-rollups table still runs on fixed provisioned capacity without auto scaling and throttles during the nightly batch.");

        // A developer's scratch table: no PITR, no deletion protection, never added to the dev backup plan.
        var scratch = demo.Add(Table(Dev, UsEast1, "dev-scratch-jlee", "data-science") with
        {
            PointInTimeRecoveryEnabled = false,
            DeletionProtectionEnabled = false,
            SseType = "AWS_OWNED",
            KmsKeyArn = null,
        });
        demo.Weakness("dynamodb-table-pitr-enabled", scratch.Arn,
            "A developer's scratch table in the dev account has point-in-time recovery turned off.");
        demo.Weakness("dynamodb-table-deletion-protection-enabled", scratch.Arn,
            "The dev scratch table was created by hand without deletion protection.");

        // EFS: encrypted file systems with automatic backups and access points that pin a directory and a user.
        foreach (var (account, region, id, name, accessPoints) in new[]
        {
            (Prod, UsEast1, "fs-0a7c31d2e4b5f6011", "ml-model-store", new[] { ("training", 2001), ("inference", 2002) }),
            (Prod, UsEast1, "fs-0a7c31d2e4b5f6012", "airflow-dags", new[] { ("dags", 50000) }),
            (Prod, EuWest1, "fs-0b18e44c9a2d7e021", "reporting-exports", new[] { ("exports", 3001) }),
            (Prod, ApSoutheast2, "fs-0c52a9f07b3e1d031", "cms-uploads", new[] { ("uploads", 33) }),
            (Dev, EuWest1, "fs-0d94b2e61c8a5f041", "airflow-dags-dev", new[] { ("dags", 50000) }),
        })
        {
            var fileSystem = demo.Add(FileSystem(account, region, id, name) with
            {
                AccessPoints = accessPoints.Select(ap => AccessPoint(account, region, id, $"/{ap.Item1}", ap.Item2)).ToList(),
                Policy = WorkloadFileSystemPolicy(account, region, id, name),
            });
            Protect(account, region, fileSystem.Arn);
        }

        var exports = demo.Snapshot.Resources<EfsFileSystem>().Single(f => f.Name == "reporting-exports");
        demo.Snapshot.Update<EfsFileSystem>(exports.Arn, f => f with { Policy = PartnerMountFileSystemPolicy(Prod, EuWest1, f.FileSystemId, f.Name) });
        demo.Weakness("efs-file-system-policy-no-foreign-account-access", exports.Arn,
            "The reporting-exports file system lets the partner's whole account mount it (over the VPC peering set up for the nightly shipment hand-over), so every export on it, not only the shipment files, is readable by any Northwind role that reaches a mount target.");

        // The dev notebook share: an "admin" access point at the file system root that trusts the client's identity.
        var notebooksId = "fs-0d94b2e61c8a5f042";
        var adminAccessPoint = new EfsAccessPoint
        {
            AccessPointArn = $"arn:aws:elasticfilesystem:{UsEast1}:{Dev}:access-point/fsap-0e3f9a1b2c4d50099",
            RootDirectoryPath = "/",
            EnforcesPosixUser = false,
        };
        var notebooks = demo.Add(FileSystem(Dev, UsEast1, notebooksId, "jupyter-home") with
        {
            AccessPoints = [AccessPoint(Dev, UsEast1, notebooksId, "/home", 1000), adminAccessPoint],
            Policy = OpenFileSystemPolicy(Dev, UsEast1, notebooksId),
        });
        Protect(Dev, UsEast1, notebooks.Arn);
        demo.Weakness("efs-access-point-root-directory-enforced", notebooks.Arn,
            "A debugging access point on the dev notebook share exposes the whole file system instead of a home directory.");
        demo.Weakness("efs-access-point-user-identity-enforced", notebooks.Arn,
            "The same debugging access point lets clients act as any POSIX user, including root.");
        demo.Weakness("efs-file-system-policy-no-public-access", notebooks.Arn,
            "The notebook share's file system policy grants mount, write and root access to Principal \"*\" with no condition, so any NFS client that reaches a mount target, with or without credentials, gets root on it.");

        // A build cache created in 2019, before encryption at rest was the default, and never backed up.
        var buildCache = demo.Add(FileSystem(Dev, UsEast1, "fs-04e2c8b1a7f3d9051", "legacy-build-cache") with
        {
            Encrypted = false,
            KmsKeyId = null,
            BackupPolicyStatus = "DISABLED",
            AccessPoints = [],
        });
        demo.Weakness("efs-file-system-encrypted", buildCache.Arn,
            "The legacy build cache file system was created in 2019 without encryption at rest.");
        demo.Weakness("efs-file-system-automatic-backups-enabled", buildCache.Arn,
            "Automatic backups are disabled on the legacy build cache file system.");
        demo.Weakness("efs-file-system-in-backup-plan", buildCache.Arn,
            "The legacy build cache file system is in no backup plan, so a bad job wiping it cannot be undone.");

        // AWS Backup: a vault per account and region, a locked disaster-recovery vault, and one plan per region.
        var drVault = demo.Add(Vault(Prod, EuWest1, "acme-dr", 1460) with { Locked = true, Policy = OrganizationCopiesPolicy() });
        foreach (var account in DemoAccounts.All)
        {
            foreach (var region in DemoAccounts.Regions)
            {
                if (!protectedArns.TryGetValue((account, region), out var selected)) continue;
                var vaultName = account == Prod ? "acme-primary" : "acme-dev-primary";
                var vault = demo.Add(Vault(account, region, vaultName, selected.Count * 40) with
                {
                    Locked = account == Prod,
                    Policy = account == Prod && region == EuWest1 ? PartnerCopiesPolicy() : null,
                });
                if (vault.Policy is not null)
                {
                    demo.Weakness("backup-vault-policy-no-foreign-account-access", vault.Arn,
                        "The eu-west-1 primary vault still lets the partner's account copy recovery points in and list the vault's recovery points, left over from the joint migration of the shipments database.");
                }
                demo.Add(Plan(account, region, vaultName, account == Prod && region != EuWest1 ? drVault.Arn : null, selected));
            }
        }

        // Recovery points copied in from an old unencrypted EBS volume during the 2024 datacentre migration.
        var migrationVault = demo.Add(Vault(Dev, UsEast1, "legacy-migration", 9) with { UnencryptedRecoveryPoints = 4, Policy = OpenVaultPolicy() });
        demo.Weakness("backup-vault-recovery-points-encrypted", migrationVault.Arn,
            "The dev legacy-migration vault still holds 4 unencrypted recovery points of volumes imported in 2024.");
        demo.Weakness("backup-vault-policy-no-public-access", migrationVault.Arn,
            "The legacy-migration vault's access policy, opened for the migration contractor's copy jobs, lets any AWS account copy into and list the vault and change its access policy.");
        demo.Add(Vault(Dev, EuWest1, "Default", 0));

        // Secrets Manager: rotated database credentials and API keys.
        var readers = new Dictionary<string, string>
        {
            ["prod/analytics-warehouse/etl-user"] = $"arn:aws:iam::{Dev}:role/acme-etl-sandbox",
            ["prod/reporting/smtp-credentials"] = $"arn:aws:iam::{DemoOutsideAccounts.Partner}:role/northwind-shipment-notifier",
        };
        foreach (var (account, region, name, interval, rotatedDaysAgo) in new[]
        {
            (Prod, UsEast1, "prod/orders-db/master", 30, 6),
            (Prod, UsEast1, "prod/analytics-warehouse/etl-user", 30, 12),
            (Prod, UsEast1, "prod/stripe/restricted-api-key", 90, 41),
            (Prod, UsEast1, "prod/sendgrid/api-key", 60, 19),
            (Prod, UsEast1, "prod/airflow/fernet-key", 90, 77),
            (Prod, EuWest1, "prod/orders-db-eu/master", 30, 3),
            (Prod, EuWest1, "prod/reporting/smtp-credentials", 60, 28),
            (Prod, ApSoutheast2, "prod/cms-db/master", 30, 21),
            (Dev, UsEast1, "dev/orders-db/master", 30, 9),
            (Dev, EuWest1, "dev/reporting/smtp-credentials", 60, 33),
        })
        {
            demo.Add(Secret(account, region, name, now.AddDays(-400)) with
            {
                RotationEnabled = true,
                RotationIntervalDays = interval,
                LastRotatedDate = now.AddDays(-rotatedDaysAgo),
                NextRotationDate = now.AddDays(interval - rotatedDaysAgo),
                LastAccessedDate = now.AddDays(-1),
                RotationLambdaArn = RotationFunction(account, region, name),
                Policy = readers.TryGetValue(name, out var reader) ? ReaderSecretPolicy(reader) : null,
            });
        }

        var smtp = demo.Snapshot.Resources<Secret>().Single(s => s.Name == "prod/reporting/smtp-credentials");
        demo.Weakness("secretsmanager-secret-policy-no-foreign-account-access", smtp.Arn,
            "The partner's shipment-notifier role may read the production reporting SMTP credentials (shared so its notices go out through Acme's mail relay), so mail a Northwind system sends cannot be told from Acme's own.");

        // Created last week: rotation is scheduled but has not come round yet, and nothing reads it so far.
        // Its resource policy was pasted from a forum answer and lets any AWS account read it.
        var featureToken = demo.Add(Secret(Dev, UsEast1, "dev/feature-store/api-token", now.AddDays(-5)) with
        {
            RotationEnabled = true,
            RotationIntervalDays = 30,
            NextRotationDate = now.AddDays(25),
            RotationLambdaArn = RotationFunction(Dev, UsEast1, "dev/feature-store/api-token"),
            Policy = OpenSecretPolicy(),
        });
        demo.Weakness("secretsmanager-secret-policy-no-public-access", featureToken.Arn,
            "The feature-store API token's resource policy, pasted from a forum answer, lets any AWS account get its value.");

        // A proof of concept's database password, already scheduled for deletion: no check applies.
        demo.Add(Secret(Dev, EuWest1, "dev/graph-poc/db-password", now.AddDays(-700)) with
        {
            LastAccessedDate = now.AddDays(-300),
            DeletedDate = now.AddDays(-2),
        });

        // Rotation is configured, but the function lost network access to the vendor's API a month ago.
        var datadog = demo.Add(Secret(Prod, UsEast1, "prod/datadog/api-key", now.AddDays(-500)) with
        {
            RotationEnabled = true,
            RotationIntervalDays = 30,
            LastRotatedDate = now.AddDays(-52),
            NextRotationDate = now.AddDays(-22),
            LastAccessedDate = now.AddDays(-1),
            RotationLambdaArn = RotationFunction(Prod, UsEast1, "prod/datadog/api-key"),
        });
        demo.Weakness("secretsmanager-secret-rotation-succeeded", datadog.Arn,
            "Rotation of the Datadog API key has failed since its rotation function lost access to the vendor API 22 days ago.");

        // A GitHub deploy token pasted in by hand and used by CI every day, never rotated.
        var deployToken = demo.Add(Secret(Dev, UsEast1, "dev/github/deploy-token", now.AddDays(-430)) with
        {
            LastAccessedDate = now.AddDays(-1),
        });
        demo.Weakness("secretsmanager-secret-rotation-enabled", deployToken.Arn,
            "The dev GitHub deploy token has no automatic rotation.");
        demo.Weakness("secretsmanager-secret-rotated-within-max-days", deployToken.Arn,
            "The dev GitHub deploy token has not changed since it was stored 430 days ago.");

        // A trial licence key from an evaluation that ended: nobody has read it for half a year.
        var trialKey = demo.Add(Secret(Dev, UsEast1, "dev/tableau-trial/license-key", now.AddDays(-320)) with
        {
            LastAccessedDate = now.AddDays(-181),
        });
        demo.Weakness("secretsmanager-secret-unused-removed", trialKey.Arn,
            "The Tableau trial licence key has not been read for 181 days since the evaluation ended.");
        demo.Weakness("secretsmanager-secret-rotation-enabled", trialKey.Arn,
            "The Tableau trial licence key was never set up for rotation.");
        demo.Weakness("secretsmanager-secret-rotated-within-max-days", trialKey.Arn,
            "The Tableau trial licence key has never been rotated in 320 days.");
    }

    /// <summary>Only the workload roles of the file system's account may mount it, and only over TLS.</summary>
    private static string WorkloadFileSystemPolicy(string account, string region, string id, string name) =>
        """{"Version":"2012-10-17","Statement":[{"Sid":"DenyWithoutTls","Effect":"Deny","Principal":{"AWS":"*"},"Action":"*","Resource":"arn:aws:elasticfilesystem:REGION:ACCOUNT:file-system/FILE_SYSTEM_ID","Condition":{"Bool":{"aws:SecureTransport":"false"}}},{"Sid":"WorkloadMount","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::ACCOUNT:role/efs-NAME"},"Action":["elasticfilesystem:ClientMount","elasticfilesystem:ClientWrite"],"Resource":"arn:aws:elasticfilesystem:REGION:ACCOUNT:file-system/FILE_SYSTEM_ID"}]}""".Replace("REGION", region, StringComparison.Ordinal).Replace("ACCOUNT", account, StringComparison.Ordinal).Replace("FILE_SYSTEM_ID", id, StringComparison.Ordinal).Replace("NAME", name, StringComparison.Ordinal);

    /// <summary>The workload policy, plus mounting by the partner's account.</summary>
    private static string PartnerMountFileSystemPolicy(string account, string region, string id, string name) =>
        """{"Version":"2012-10-17","Statement":[{"Sid":"DenyWithoutTls","Effect":"Deny","Principal":{"AWS":"*"},"Action":"*","Resource":"arn:aws:elasticfilesystem:REGION:ACCOUNT:file-system/FILE_SYSTEM_ID","Condition":{"Bool":{"aws:SecureTransport":"false"}}},{"Sid":"WorkloadMount","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::ACCOUNT:role/efs-NAME"},"Action":["elasticfilesystem:ClientMount","elasticfilesystem:ClientWrite"],"Resource":"arn:aws:elasticfilesystem:REGION:ACCOUNT:file-system/FILE_SYSTEM_ID"},{"Sid":"PartnerHandOver","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::PARTNER:root"},"Action":"elasticfilesystem:ClientMount","Resource":"arn:aws:elasticfilesystem:REGION:ACCOUNT:file-system/FILE_SYSTEM_ID"}]}""".Replace("REGION", region, StringComparison.Ordinal).Replace("ACCOUNT", account, StringComparison.Ordinal).Replace("FILE_SYSTEM_ID", id, StringComparison.Ordinal).Replace("NAME", name, StringComparison.Ordinal).Replace("PARTNER", DemoOutsideAccounts.Partner, StringComparison.Ordinal);

    private static string OpenFileSystemPolicy(string account, string region, string id) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Sid":"AllClients","Effect":"Allow","Principal":{"AWS":"*"},"Action":["elasticfilesystem:ClientMount","elasticfilesystem:ClientWrite","elasticfilesystem:ClientRootAccess"],"Resource":"arn:aws:elasticfilesystem:{{region}}:{{account}}:file-system/{{id}}"}]}""";

    /// <summary>Every account of Acme's organization may copy recovery points into the vault; nobody may delete them.</summary>
    private static string OrganizationCopiesPolicy() =>
        """{"Version":"2012-10-17","Statement":[{"Sid":"OrganizationCopies","Effect":"Allow","Principal":"*","Action":"backup:CopyIntoBackupVault","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"ORGANIZATION"}}},{"Sid":"NoDeletion","Effect":"Deny","Principal":"*","Action":["backup:DeleteRecoveryPoint","backup:DeleteBackupVault","backup:PutBackupVaultAccessPolicy"],"Resource":"*"}]}""".Replace("ORGANIZATION", DemoOutsideAccounts.Organization, StringComparison.Ordinal);

    private static string PartnerCopiesPolicy() =>
        $$"""{"Version":"2012-10-17","Statement":[{"Sid":"ShipmentsMigration","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{DemoOutsideAccounts.Partner}}:root"},"Action":["backup:CopyIntoBackupVault","backup:ListRecoveryPointsByBackupVault"],"Resource":"*"}]}""";

    private static string OpenVaultPolicy() =>
        """{"Version":"2012-10-17","Statement":[{"Sid":"MigrationContractor","Effect":"Allow","Principal":"*","Action":["backup:CopyIntoBackupVault","backup:ListRecoveryPointsByBackupVault","backup:PutBackupVaultAccessPolicy"],"Resource":"*"}]}""";

    private static string ReaderSecretPolicy(string readerRoleArn) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Sid":"SandboxReader","Effect":"Allow","Principal":{"AWS":"{{readerRoleArn}}"},"Action":"secretsmanager:GetSecretValue","Resource":"*"}]}""";

    private static string OpenSecretPolicy() =>
        """{"Version":"2012-10-17","Statement":[{"Sid":"AllowRead","Effect":"Allow","Principal":{"AWS":"*"},"Action":"secretsmanager:GetSecretValue","Resource":"*"}]}""";

    private static Dictionary<string, string> Tags(string account, string team, string classification) => new()
    {
        ["owner"] = team,
        ["environment"] = account == Prod ? "production" : "development",
        ["cost-center"] = team == "platform" ? "cc-100" : "cc-200",
        ["data-classification"] = classification,
    };

    private static string KeyArn(string account, string region, string purpose)
    {
        var hex = Hex($"{account}/{region}/{purpose}", 32);
        return $"arn:aws:kms:{region}:{account}:key/{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    private static DynamoDbTable Table(string account, string region, string name, string team) => new()
    {
        Arn = $"arn:aws:dynamodb:{region}:{account}:table/{name}",
        Name = name,
        AccountId = account,
        Region = region,
        BillingMode = "PAY_PER_REQUEST",
        PointInTimeRecoveryEnabled = true,
        DeletionProtectionEnabled = true,
        SseType = "CUSTOMER_MANAGED",
        KmsKeyArn = KeyArn(account, region, "dynamodb"),
        TableStatus = "ACTIVE",
        Tags = Tags(account, team, "confidential"),
    };

    private static EfsFileSystem FileSystem(string account, string region, string id, string name) => new()
    {
        Arn = $"arn:aws:elasticfilesystem:{region}:{account}:file-system/{id}",
        Name = name,
        AccountId = account,
        Region = region,
        FileSystemId = id,
        Encrypted = true,
        KmsKeyId = KeyArn(account, region, "efs"),
        BackupPolicyStatus = "ENABLED",
        MountTargets =
        [
            new EfsMountTarget($"fsmt-0{Hex(id + "a", 16)}", NetworkPart.SubnetId(account, region, "private", "a")),
            new EfsMountTarget($"fsmt-0{Hex(id + "b", 16)}", NetworkPart.SubnetId(account, region, "private", "b")),
        ],
        Tags = Tags(account, "platform", "internal"),
    };

    private static EfsAccessPoint AccessPoint(string account, string region, string fileSystemId, string path, int uid) => new()
    {
        AccessPointArn = $"arn:aws:elasticfilesystem:{region}:{account}:access-point/fsap-0{Hex($"{fileSystemId}{path}{uid}", 16)}",
        RootDirectoryPath = path,
        EnforcesPosixUser = true,
    };

    private static BackupVault Vault(string account, string region, string name, int recoveryPoints) => new()
    {
        Arn = $"arn:aws:backup:{region}:{account}:backup-vault:{name}",
        Name = name,
        AccountId = account,
        Region = region,
        EncryptionKeyArn = KeyArn(account, region, "backup"),
        NumberOfRecoveryPoints = recoveryPoints,
        UnencryptedRecoveryPoints = 0,
        Tags = Tags(account, "platform", "internal"),
    };

    private static BackupPlan Plan(string account, string region, string vaultName, string? copyToVaultArn, IReadOnlyList<string> selected)
    {
        var id = $"{(account == Prod ? "prod" : "dev")}-{region}-daily-monthly";
        var copies = copyToVaultArn is null ? [] : new[] { copyToVaultArn };
        return new BackupPlan
        {
            Arn = $"arn:aws:backup:{region}:{account}:backup-plan:{id}",
            Name = account == Prod ? "acme-daily-monthly" : "acme-dev-daily",
            AccountId = account,
            Region = region,
            BackupPlanId = id,
            Rules = account == Prod
                ?
                [
                    new BackupRule { RuleName = "daily", TargetVaultName = vaultName, ScheduleExpression = "cron(0 5 ? * * *)", DeleteAfterDays = 35, CopyDestinationVaultArns = copies },
                    new BackupRule { RuleName = "monthly", TargetVaultName = vaultName, ScheduleExpression = "cron(0 6 1 * ? *)", MoveToColdStorageAfterDays = 30, DeleteAfterDays = 400, CopyDestinationVaultArns = copies },
                ]
                : [new BackupRule { RuleName = "daily", TargetVaultName = vaultName, ScheduleExpression = "cron(0 5 ? * * *)", DeleteAfterDays = 14 }],
            SelectedResources = selected.ToList(),
            Tags = Tags(account, "platform", "internal"),
        };
    }

    private static Secret Secret(string account, string region, string name, DateTimeOffset created) => new()
    {
        Arn = $"arn:aws:secretsmanager:{region}:{account}:secret:{name}-{Suffix(name)}",
        Name = name,
        AccountId = account,
        Region = region,
        CreatedDate = created,
        KmsKeyId = KeyArn(account, region, "secrets"),
        Tags = Tags(account, "platform", "restricted"),
    };

    private static string RotationFunction(string account, string region, string name) =>
        $"arn:aws:lambda:{region}:{account}:function:" +
        (name.EndsWith("/master", StringComparison.Ordinal) || name.Contains("-user", StringComparison.Ordinal)
            ? "SecretsManagerRDSPostgreSQLRotationSingleUser"
            : "secrets-rotation-api-keys");

    /// <summary>Deterministic lower-case hex digits derived from <paramref name="seed"/> (FNV-1a), standing in for AWS's random ids.</summary>
    private static string Hex(string seed, int length)
    {
        var hash = 14695981039346656037ul;
        foreach (var c in seed) hash = (hash ^ c) * 1099511628211ul;
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            hash = (hash ^ (ulong)i) * 1099511628211ul;
            chars[i] = "0123456789abcdef"[(int)(hash >> 60)];
        }
        return new string(chars);
    }

    /// <summary>The six random characters Secrets Manager appends to a secret's ARN, derived from the name (FNV-1a).</summary>
    private static string Suffix(string name)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        var hash = 2166136261u;
        foreach (var c in name) hash = (hash ^ c) * 16777619u;
        var chars = new char[6];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[(int)(hash % (uint)alphabet.Length)];
            hash /= (uint)alphabet.Length;
            hash = (hash * 16777619u) ^ (uint)i;
        }
        return new string(chars);
    }
}
