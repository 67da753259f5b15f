using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsInstanceStorageEncrypted : Check<RdsInstance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-instance-storage-encrypted",
        Title = "RDS DB instances encrypt their storage at rest",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.DataProtection,
        Risk = "Unencrypted database storage, its automated backups, read replicas and snapshots expose the data to anyone who obtains the underlying volumes or a copied snapshot, and fail most data-protection obligations.",
        Remediation = new()
        {
            Text = "Encryption cannot be turned on for an existing instance: take a snapshot, copy it with encryption under a KMS key, restore a new instance from the encrypted copy and switch the application to it.",
            Cli = "aws rds copy-db-snapshot --source-db-snapshot-identifier SNAPSHOT --target-db-snapshot-identifier SNAPSHOT-encrypted --kms-key-id KEY_ID && aws rds restore-db-instance-from-db-snapshot --db-instance-identifier NEW_INSTANCE --db-snapshot-identifier SNAPSHOT-encrypted",
            Terraform = """
                resource "aws_db_instance" "this" {
                  # ...
                  storage_encrypted = true
                  kms_key_id        = aws_kms_key.rds.arn
                }
                """,
            CloudFormation = """
                Database:
                  Type: AWS::RDS::DBInstance
                  Properties:
                    StorageEncrypted: true
                    KmsKeyId: !Ref RdsKey
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["DbClusterIdentifier", "StorageEncrypted"];

    public override CheckOutcome Evaluate(RdsInstance instance, CheckContext context)
    {
        // The storage of a cluster member belongs to its cluster (rds-cluster-storage-encrypted).
        if (instance.DbClusterIdentifier is not null) return NotApplicable;
        return instance.StorageEncrypted
            ? Pass($"DB instance {instance.DbInstanceIdentifier} encrypts its storage at rest.")
            : Fail($"DB instance {instance.DbInstanceIdentifier} does not encrypt its storage at rest.");
    }
}
