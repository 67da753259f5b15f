using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.SecretsManager;

namespace Vigil.Checks.Checks.SecretsManager;

internal sealed class SecretsManagerSecretInAllowedRegion : AllowedRegionCheck<Secret>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "secretsmanager-secret-in-allowed-region",
        Title = "Secrets Manager secrets are in an allowed region",
        Severity = Severity.Medium,
        Service = "secretsmanager",
        Domain = Domain.Governance,
        Risk = "Data kept outside the regions the organisation has chosen can break data-residency commitments (GDPR transfers, sovereignty clauses in contracts) and usually escapes the controls, monitoring and recovery plans set up for the approved regions.",
        Remediation = new()
        {
            Text = "Replicate the secret to an allowed region (or create it there), point the applications at the new copy, and delete the original and any replica outside the allowed regions.",
            Cli = "aws secretsmanager replicate-secret-to-regions --secret-id SECRET_ARN --add-replica-regions Region=ALLOWED_REGION",
            Terraform = """
                resource "aws_secretsmanager_secret" "this" {
                  name = "SECRET_NAME"
                  replica {
                    region = "ALLOWED_REGION"
                  }
                }
                """,
            CloudFormation = """
                Secret:
                  Type: AWS::SecretsManager::Secret
                  Properties:
                    ReplicaRegions:
                      - Region: ALLOWED_REGION
                """,
            Url = "https://docs.aws.amazon.com/secretsmanager/latest/userguide/create-manage-multi-region-secrets.html",
        },
    };

    protected override bool Applies(Secret secret) => secret.DeletedDate is null;

    protected override string Subject(Secret secret) => $"Secret {secret.Name}";
}
