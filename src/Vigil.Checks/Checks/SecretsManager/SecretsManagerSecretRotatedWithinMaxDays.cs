using Vigil.Core.Checks;
using Vigil.Core.Model.SecretsManager;

namespace Vigil.Checks.Checks.SecretsManager;

internal sealed class SecretsManagerSecretRotatedWithinMaxDays : Check<Secret>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "secretsmanager-secret-rotated-within-max-days",
        Title = "Secrets Manager secrets have been rotated within the maximum secret age",
        Severity = Severity.Medium,
        Service = "secretsmanager",
        Domain = Domain.Identity,
        Risk = "The longer a secret value lives, the more places it has been copied to (logs, laptops, CI variables, former staff) and the longer a leaked copy stays usable.",
        Remediation = new()
        {
            Text = "Rotate the secret now, and configure automatic rotation on a schedule shorter than the maximum age (SecretRotationMaxDays, 90 days by default).",
            Cli = "aws secretsmanager rotate-secret --secret-id SECRET_ARN --rotation-rules AutomaticallyAfterDays=30",
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
            Url = "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_managed.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["LastRotatedDate", "CreatedDate", "DeletedDate"];

    public override CheckOutcome Evaluate(Secret secret, CheckContext context)
    {
        if (secret.DeletedDate is not null) return NotApplicable;
        var limit = context.Settings.SecretRotationMaxDays;
        if (secret.LastRotatedDate is { } rotated)
        {
            var days = context.DaysSince(rotated);
            return days > limit
                ? Fail($"Secret {secret.Name} was last rotated {Days.Of(days)} ago (limit {limit} days).")
                : Pass($"Secret {secret.Name} was rotated {Days.Of(days)} ago.");
        }
        if (secret.CreatedDate is not { } created)
            return CheckOutcome.Error($"Secret {secret.Name} has no rotation date and its creation date was not collected.");
        var age = context.DaysSince(created);
        return age > limit
            ? Fail($"Secret {secret.Name} has never been rotated since it was created {Days.Of(age)} ago (limit {limit} days).")
            : Pass($"Secret {secret.Name} has not been rotated yet but was created only {Days.Of(age)} ago.");
    }
}
