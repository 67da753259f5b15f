using Vigil.Core.Checks;
using Vigil.Core.Model.SecretsManager;

namespace Vigil.Checks.Checks.SecretsManager;

internal sealed class SecretsManagerSecretUnusedRemoved : Check<Secret>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "secretsmanager-secret-unused-removed",
        Title = "Secrets Manager secrets not accessed recently are removed",
        Severity = Severity.Medium,
        Service = "secretsmanager",
        Domain = Domain.Identity,
        Risk = "A secret nobody reads any more still holds working credentials for some system; forgotten, unrotated and unowned, it is an easy prize for anyone who can read it.",
        Remediation = new()
        {
            Text = "Confirm with the owner that nothing uses the secret, revoke the credential it holds in the target system, then schedule the secret for deletion (a recovery window of 7–30 days allows undoing a mistake).",
            Cli = "aws secretsmanager delete-secret --secret-id SECRET_ARN --recovery-window-in-days 30",
            Terraform = "# Remove the aws_secretsmanager_secret resource (recovery_window_in_days controls the grace period) and apply.",
            CloudFormation = "# Remove the AWS::SecretsManager::Secret resource from the template and update the stack.",
            Url = "https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_delete-secret.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["LastAccessedDate", "CreatedDate", "DeletedDate"];

    public override CheckOutcome Evaluate(Secret secret, CheckContext context)
    {
        if (secret.DeletedDate is not null) return NotApplicable;
        var limit = context.Settings.SecretUnusedDays;
        if (secret.LastAccessedDate is { } accessed)
        {
            var days = context.DaysSince(accessed);
            return days > limit
                ? Fail($"Secret {secret.Name} was last accessed {Days.Of(days)} ago (limit {limit} days).")
                : Pass($"Secret {secret.Name} was accessed {Days.Of(days)} ago.");
        }
        if (secret.CreatedDate is not { } created)
            return CheckOutcome.Error($"Secret {secret.Name} has never been accessed and its creation date was not collected.");
        var age = context.DaysSince(created);
        return age > limit
            ? Fail($"Secret {secret.Name} has never been accessed since it was created {Days.Of(age)} ago (limit {limit} days).")
            : Pass($"Secret {secret.Name} has not been accessed yet but was created only {Days.Of(age)} ago.");
    }
}
