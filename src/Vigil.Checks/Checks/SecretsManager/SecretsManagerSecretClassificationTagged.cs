using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.SecretsManager;

namespace Vigil.Checks.Checks.SecretsManager;

internal sealed class SecretsManagerSecretClassificationTagged : ClassificationTagCheck<Secret>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "secretsmanager-secret-classification-tagged",
        Title = "Secrets Manager secrets carry the data-classification tags",
        Severity = Severity.Low,
        Service = "secretsmanager",
        Domain = Domain.Governance,
        Risk = "Without a classification tag nobody can tell which controls the data needs (encryption with a customer managed key, backups, access reviews), automated policies keyed on the tag skip it, and sensitive data goes unnoticed.",
        Remediation = new()
        {
            Text = "Tag the data store with each key listed in dataClassificationTagKeys, with the sensitivity tier of its data as the value; enforce the tag with an AWS Organizations tag policy.",
            Cli = "aws secretsmanager tag-resource --secret-id SECRET_ARN --tags Key=data-classification,Value=restricted",
            Terraform = """
                resource "aws_secretsmanager_secret" "this" {
                  name = "SECRET_NAME"
                  tags = {
                    "data-classification" = "restricted"
                  }
                }
                """,
            CloudFormation = """
                Secret:
                  Type: AWS::SecretsManager::Secret
                  Properties:
                    Tags:
                      - Key: data-classification
                        Value: restricted
                """,
            Url = "https://docs.aws.amazon.com/secretsmanager/latest/userguide/managing-secrets_tagging.html",
        },
    };

    protected override bool Applies(Secret secret) => secret.DeletedDate is null;

    protected override string Subject(Secret secret) => $"Secret {secret.Name}";
}
