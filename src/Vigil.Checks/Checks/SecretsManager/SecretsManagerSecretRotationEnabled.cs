using Vigil.Core.Checks;
using Vigil.Core.Model.SecretsManager;

namespace Vigil.Checks.Checks.SecretsManager;

internal sealed class SecretsManagerSecretRotationEnabled : Check<Secret>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "secretsmanager-secret-rotation-enabled",
        Title = "Secrets Manager secrets have automatic rotation enabled",
        Severity = Severity.Medium,
        Service = "secretsmanager",
        Domain = Domain.Identity,
        Risk = "A secret that is never rotated stays valid indefinitely, so a copy leaked through logs, a laptop or a former employee keeps working until someone notices.",
        Remediation = new()
        {
            Text = "Configure automatic rotation with a rotation schedule and a rotation function (managed rotation for RDS, Redshift and DocumentDB credentials, or a Lambda function for other secrets).",
            Cli = "aws secretsmanager rotate-secret --secret-id SECRET_ARN --rotation-lambda-arn ROTATION_FUNCTION_ARN --rotation-rules AutomaticallyAfterDays=30",
            Terraform = """
                resource "aws_secretsmanager_secret_rotation" "this" {
                  secret_id           = aws_secretsmanager_secret.this.id
                  rotation_lambda_arn = aws_lambda_function.rotation.arn
                  rotation_rules {
                    automatically_after_days = 30
                  }
                }
                """,
            CloudFormation = """
                SecretRotation:
                  Type: AWS::SecretsManager::RotationSchedule
                  Properties:
                    SecretId: !Ref Secret
                    RotationLambdaARN: !GetAtt RotationFunction.Arn
                    RotationRules:
                      AutomaticallyAfterDays: 30
                """,
            Url = "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["RotationEnabled", "DeletedDate"];

    public override CheckOutcome Evaluate(Secret secret, CheckContext context)
    {
        if (secret.DeletedDate is not null) return NotApplicable;
        return secret.RotationEnabled
            ? Pass($"Secret {secret.Name} has automatic rotation enabled.")
            : Fail($"Secret {secret.Name} does not have automatic rotation enabled.");
    }
}
