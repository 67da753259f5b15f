using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Model;
using Vigil.Core.Model.Backup;

namespace Vigil.Checks.Checks.Backup;

/// <summary>Whether AWS Backup covers a resource: a plan of its account and region selects its ARN (exactly or
/// through a wildcard pattern), or AWS Backup lists it as a protected resource with recovery points.</summary>
internal static class BackupCoverage
{
    /// <summary>The name of a backup plan with at least one rule whose selection covers <paramref name="resource"/>, or null.</summary>
    public static string? PlanCovering(Resource resource, CheckContext context)
    {
        var plans = context.Index.By<BackupPlan>("account+region", p => $"{p.AccountId}/{p.Region}")[$"{resource.AccountId}/{resource.Region}"];
        foreach (var plan in plans)
        {
            if (plan.Rules.Count > 0 && Glob.AnyMatch(plan.SelectedResources, resource.Arn)) return plan.Name;
        }
        return null;
    }

    /// <summary>The AWS Backup protected-resource record of <paramref name="arn"/>, or null when it has no recovery points.</summary>
    public static ProtectedResource? Protection(string arn, CheckContext context) =>
        context.Index.Computed("backup-protected-resources", snapshot => snapshot.BackupProtectedResources
                .GroupBy(r => r.ResourceArn, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.MaxBy(r => r.LastBackupTime)!, StringComparer.Ordinal))
            .GetValueOrDefault(arn);

    /// <summary>The outcome shared by the "in a backup plan" checks.</summary>
    public static CheckOutcome Evaluate(Resource resource, string description, CheckContext context)
    {
        if (PlanCovering(resource, context) is { } plan)
            return CheckOutcome.Pass($"{description} is selected by backup plan {plan}.");
        if (Protection(resource.Arn, context) is { } protection)
            return CheckOutcome.Pass($"{description} has AWS Backup recovery points" +
                (protection.LastBackupTime is { } last ? $" (last backup {last:yyyy-MM-dd})." : "."));
        return CheckOutcome.Fail($"{description} is not selected by any AWS Backup plan in {resource.Region} and has no recovery points.");
    }
}
