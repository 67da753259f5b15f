using Vigil.Core.Checks;
using Vigil.Core.Model.SecretsManager;

namespace Vigil.Checks.Checks.SecretsManager;

internal sealed class SecretsManagerSecretRotationSucceeded : Check<Secret>
{
    /// <summary>Tolerance for a rotation window that has opened but not yet finished.</summary>
    private const int GraceDays = 1;

    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "secretsmanager-secret-rotation-succeeded",
        Title = "Secrets Manager secrets with rotation enabled rotate on schedule",
        Severity = Severity.Medium,
        Service = "secretsmanager",
        Domain = Domain.Identity,
        Risk = "When scheduled rotation keeps failing, the secret silently stays unchanged while everyone believes it is rotated, and a failed rotation can leave the secret and the database credential out of step.",
        Remediation = new()
        {
            Text = "Find the failing step in the rotation function's CloudWatch Logs (network access to the database and to the Secrets Manager endpoint, permissions, the AWSPENDING version), fix it and rotate the secret once by hand.",
            Cli = "aws secretsmanager rotate-secret --secret-id SECRET_ARN",
            Terraform = "# Rotation failures are fixed in the rotation function, its role and its network path; re-run rotation with the CLI afterwards.",
            CloudFormation = "# Rotation failures are fixed in the rotation function, its role and its network path; re-run rotation with the CLI afterwards.",
            Url = "https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot_rotation.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["RotationEnabled", "RotationIntervalDays", "LastRotatedDate", "NextRotationDate", "CreatedDate", "DeletedDate"];

    public override CheckOutcome Evaluate(Secret secret, CheckContext context)
    {
        if (secret.DeletedDate is not null || !secret.RotationEnabled) return NotApplicable;

        if (secret.NextRotationDate is { } next && context.DaysSince(next) > GraceDays)
            return Fail($"Secret {secret.Name} was due to rotate on {next:yyyy-MM-dd} but has not rotated since {Describe(secret.LastRotatedDate)}.");

        if (secret.RotationIntervalDays is not { } interval)
            return secret.NextRotationDate is null
                ? CheckOutcome.Error($"The rotation schedule of secret {secret.Name} was not collected.")
                : Pass($"Secret {secret.Name} is not yet due to rotate (next rotation {secret.NextRotationDate:yyyy-MM-dd}).");

        if ((secret.LastRotatedDate ?? secret.CreatedDate) is not { } reference)
            return CheckOutcome.Error($"Neither the last rotation nor the creation date of secret {secret.Name} was collected.");

        var days = context.DaysSince(reference);
        return days > interval + GraceDays
            ? Fail($"Secret {secret.Name} rotates every {interval} days but has not rotated since {Describe(secret.LastRotatedDate)} ({Days.Of(days)}).")
            : Pass(secret.LastRotatedDate is null
                ? $"Secret {secret.Name} is not yet due for its first rotation (created {Days.Of(days)} ago, rotates every {Days.Of(interval)})."
                : $"Secret {secret.Name} rotated within its {interval}-day schedule (last rotation {Describe(secret.LastRotatedDate)}).");
    }

    private static string Describe(DateTimeOffset? date) => date is { } d ? $"{d:yyyy-MM-dd}" : "its creation";
}
