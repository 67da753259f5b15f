using Vigil.Core.Checks;
using Vigil.Core.Model;
using Vigil.Core.Model.Backup;

namespace Vigil.Checks.Checks.Backup;

/// <summary>Whether AWS Backup covers a resource: a plan with rules in its account and region selects it (by ARN, ARN
/// pattern or tags, minus the selection's exclusions and conditions), or AWS Backup lists it as a protected resource
/// with recovery points; when that list could not be read, an uncovered resource is an error, not a failure. The plans are compiled once per scan and looked up by account and region.</summary>
internal static class BackupCoverage
{
    private static readonly CompiledPlan[] NoPlans = [];

    /// <summary>The name of a backup plan with at least one rule whose selection covers <paramref name="resource"/>, or null.</summary>
    public static string? PlanCovering(Resource resource, CheckContext context) =>
        Find(resource, context, out _);

    /// <summary>The AWS Backup protected-resource record of <paramref name="arn"/>, or null when it has no recovery points.</summary>
    public static ProtectedResource? Protection(string arn, CheckContext context) =>
        context.Index.Computed("backup-protected-resources", static snapshot => snapshot.BackupProtectedResources
                .GroupBy(r => r.ResourceArn, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.MaxBy(r => r.LastBackupTime)!, StringComparer.Ordinal))
            .GetValueOrDefault(arn);

    /// <summary>The outcome shared by the "in a backup plan" checks; <paramref name="describe"/> names the resource in
    /// messages and is called only when a message is kept.</summary>
    public static CheckOutcome Evaluate<T>(T resource, Func<T, string> describe, CheckContext context) where T : Resource
    {
        if (Find(resource, context, out var unknownPlan) is { } plan)
            return CheckOutcome.Pass($"{describe(resource)} is selected by backup plan {plan}.");
        if (Protection(resource.Arn, context) is { } protection)
            return CheckOutcome.Pass($"{describe(resource)} has AWS Backup recovery points{(protection.LastBackupTime is { } last ? $" (last backup {last:yyyy-MM-dd})" : "")}.");
        if (unknownPlan is not null)
            return CheckOutcome.Error(resource.Unreadable.Contains(nameof(Resource.Tags))
                ? $"{describe(resource)} is selected by no backup plan on what was read, but its tags could not be read and backup plan {unknownPlan} selects by tag."
                : $"{describe(resource)} is selected by no backup plan on what was read, but the rules or selections of backup plan {unknownPlan} could not be read.");
        if (ProtectionListingFailure(resource, context) is { } failure)
            return CheckOutcome.Error($"{describe(resource)} is selected by no backup plan, but whether it has recovery points is unknown: the resources AWS Backup protects could not be listed ({failure.Describe()}).");
        return CheckOutcome.Fail($"{describe(resource)} is not selected by any AWS Backup plan in {resource.Region} and has no recovery points.");
    }

    /// <summary>The error that kept AWS Backup's protected resources in the resource's account and region from being listed, or null.</summary>
    private static CollectionError? ProtectionListingFailure(Resource resource, CheckContext context) =>
        context.Index.Computed("backup-protected-resource-listing-errors", static snapshot => snapshot.Errors
                .Where(e => e.ResourceType == ResourceTypes.BackupProtectedResource && e.ResourceArn is null)
                .ToLookup(e => (e.AccountId, e.Region)))
            [(resource.AccountId, resource.Region)]
            .FirstOrDefault();

    private static string? Find(Resource resource, CheckContext context, out string? unknownPlan)
    {
        unknownPlan = null;
        if (resource.Region is null) return null;
        var plans = context.Index.Computed("backup-plans-by-account-region", Compile);
        if (!plans.TryGetValue((resource.AccountId, resource.Region), out var inScope)) inScope = NoPlans;
        var tagsUnknown = resource.Unreadable.Contains(nameof(Resource.Tags));
        foreach (var plan in inScope)
        {
            switch (plan.Covers(resource, tagsUnknown))
            {
                case true: return plan.Name;
                case null: unknownPlan ??= plan.Name; break;
            }
        }
        return null;
    }

    private static Dictionary<(string Account, string Region), CompiledPlan[]> Compile(Snapshot snapshot) =>
        snapshot.BackupPlans
            .Where(p => p.Region is not null)
            .GroupBy(p => (p.AccountId, p.Region!))
            .ToDictionary(g => g.Key, g => g.Select(p => new CompiledPlan(p)).ToArray());
}
