using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.Ecr;

namespace Vigil.Checks.Checks.Ecr;

internal sealed class EcrRepositoryInAllowedRegion : AllowedRegionCheck<EcrRepository>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ecr-repository-in-allowed-region",
        Title = "ECR repositories are in an allowed region",
        Severity = Severity.Medium,
        Service = "ecr",
        Domain = Domain.Governance,
        Risk = "Data kept outside the regions the organisation has chosen can break data-residency commitments (GDPR transfers, sovereignty clauses in contracts) and usually escapes the controls, monitoring and recovery plans set up for the approved regions.",
        Remediation = new()
        {
            Text = "Push the images to a repository in an allowed region (or replicate them there with a registry replication rule), update the image references of the workloads, and delete the repository; remove replication rules whose destination is outside the allowed regions.",
            Cli = "aws ecr put-replication-configuration --replication-configuration 'rules=[{destinations=[{region=ALLOWED_REGION,registryId=ACCOUNT_ID}]}]'",
            Terraform = """
                resource "aws_ecr_replication_configuration" "this" {
                  replication_configuration {
                    rule {
                      destination {
                        region      = "ALLOWED_REGION"
                        registry_id = "ACCOUNT_ID"
                      }
                    }
                  }
                }
                """,
            CloudFormation = """
                Replication:
                  Type: AWS::ECR::ReplicationConfiguration
                  Properties:
                    ReplicationConfiguration:
                      Rules:
                        - Destinations:
                            - Region: ALLOWED_REGION
                              RegistryId: ACCOUNT_ID
                """,
            Url = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/replication.html",
        },
    };

    protected override string Subject(EcrRepository repository) => $"Repository {repository.Name}";
}
