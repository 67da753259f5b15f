using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsClusterInAllowedRegion : AllowedRegionCheck<RdsCluster>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-cluster-in-allowed-region",
        Title = "RDS DB clusters are in an allowed region",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.Governance,
        Risk = "Data kept outside the regions the organisation has chosen can break data-residency commitments (GDPR transfers, sovereignty clauses in contracts) and usually escapes the controls, monitoring and recovery plans set up for the approved regions.",
        Remediation = new()
        {
            Text = "Restore a snapshot copied to an allowed region (or add an Aurora global database secondary there and fail over), move the application, then delete the original cluster and its snapshots.",
            Cli = "aws rds copy-db-cluster-snapshot --source-db-cluster-snapshot-identifier SNAPSHOT_ARN --target-db-cluster-snapshot-identifier NEW_ID --region ALLOWED_REGION --kms-key-id KMS_KEY_ID",
            Terraform = """
                resource "aws_rds_cluster" "moved" {
                  provider            = aws.allowed
                  cluster_identifier  = "NEW_ID"
                  engine              = "aurora-postgresql"
                  snapshot_identifier = "COPIED_SNAPSHOT_ARN"
                  storage_encrypted   = true
                }
                """,
            CloudFormation = """
                # Deploy in an allowed region.
                Cluster:
                  Type: AWS::RDS::DBCluster
                  Properties:
                    Engine: aurora-postgresql
                    SnapshotIdentifier: COPIED_SNAPSHOT_ARN
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.html",
        },
    };

    protected override string Subject(RdsCluster cluster) => $"DB cluster {cluster.DbClusterIdentifier}";
}
