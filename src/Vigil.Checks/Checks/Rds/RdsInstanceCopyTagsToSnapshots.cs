using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsInstanceCopyTagsToSnapshots : Check<RdsInstance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-instance-copy-tags-to-snapshots",
        Title = "RDS DB instances copy their tags to snapshots",
        Severity = Severity.Low,
        Service = "rds",
        Domain = Domain.Governance,
        Risk = "Snapshots without the instance's tags lose their owner, data classification and cost allocation, so tag-based access control, retention and clean-up policies miss them.",
        Remediation = new()
        {
            Text = "Enable copying tags to snapshots on the instance; tag existing snapshots by hand.",
            Cli = "aws rds modify-db-instance --db-instance-identifier INSTANCE --copy-tags-to-snapshot --apply-immediately",
            Terraform = """
                resource "aws_db_instance" "this" {
                  # ...
                  copy_tags_to_snapshot = true
                }
                """,
            CloudFormation = """
                Database:
                  Type: AWS::RDS::DBInstance
                  Properties:
                    CopyTagsToSnapshot: true
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html#USER_Tagging.CopyTags",
        },
    };

    public override IReadOnlyList<string>? Reads => ["DbClusterIdentifier", "CopyTagsToSnapshot"];

    public override CheckOutcome Evaluate(RdsInstance instance, CheckContext context)
    {
        // Snapshots of a cluster member are cluster snapshots (rds-cluster-copy-tags-to-snapshots).
        if (instance.DbClusterIdentifier is not null) return NotApplicable;
        return instance.CopyTagsToSnapshot
            ? Pass($"DB instance {instance.DbInstanceIdentifier} copies its tags to snapshots.")
            : Fail($"DB instance {instance.DbInstanceIdentifier} does not copy its tags to snapshots.");
    }
}
