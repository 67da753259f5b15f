using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsInstanceInAllowedRegion : AllowedRegionCheck<RdsInstance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-instance-in-allowed-region",
        Title = "RDS DB instances are in an allowed region",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.Governance,
        Risk = "Data kept outside the regions the organisation has chosen can break data-residency commitments (GDPR transfers, sovereignty clauses in contracts) and usually escapes the controls, monitoring and recovery plans set up for the approved regions.",
        Remediation = new()
        {
            Text = "Create a cross-region read replica (or restore a copied snapshot) in an allowed region, promote it, move the application to it, and delete the original instance and its snapshots.",
            Cli = "aws rds create-db-instance-read-replica --db-instance-identifier NEW_ID --source-db-instance-identifier SOURCE_INSTANCE_ARN --region ALLOWED_REGION",
            Terraform = """
                resource "aws_db_instance" "moved" {
                  provider            = aws.allowed
                  identifier          = "NEW_ID"
                  replicate_source_db = "SOURCE_INSTANCE_ARN"
                  instance_class      = "db.r6g.large"
                  storage_encrypted   = true
                }
                """,
            CloudFormation = """
                # Deploy in an allowed region.
                Database:
                  Type: AWS::RDS::DBInstance
                  Properties:
                    SourceDBInstanceIdentifier: SOURCE_INSTANCE_ARN
                    DBInstanceClass: db.r6g.large
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.XRgn.html",
        },
    };

    protected override string Subject(RdsInstance instance) => $"DB instance {instance.DbInstanceIdentifier}";
}
