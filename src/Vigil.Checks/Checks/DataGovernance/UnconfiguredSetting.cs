using Vigil.Core.Checks;
using Vigil.Core.Model;

namespace Vigil.Checks.Checks.DataGovernance;

/// <summary>What a data-governance check reports while the setting it needs is empty: a single manual finding per
/// account, on the account's first resource of the type, saying how many were not assessed; nothing for the others.
/// Never a pass, and never a million findings saying the same thing.</summary>
internal static class UnconfiguredSetting<T> where T : Resource
{
    private static readonly string IndexName = "data-governance-first-per-account/" + typeof(T).Name;

    public static CheckOutcome Outcome(T resource, CheckContext context, string setting, string assessed)
    {
        var accounts = context.Index.Computed(IndexName, static snapshot => FirstPerAccount(snapshot.Resources<T>()));
        if (!accounts.TryGetValue(resource.AccountId, out var first) || !ReferenceEquals(first.Resource, resource)) return CheckOutcome.NotApplicable;
        return CheckOutcome.Manual($"{setting} is not configured, so {assessed} of the {first.Count} {SnapshotResources.TypeName(typeof(T))} resources of account {resource.AccountId} (this one among them) was not assessed: set it in the settings file (docs/configuration.md).");
    }

    private static Dictionary<string, (T Resource, int Count)> FirstPerAccount(IReadOnlyList<T> resources)
    {
        var accounts = new Dictionary<string, (T Resource, int Count)>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            accounts[resource.AccountId] = accounts.TryGetValue(resource.AccountId, out var seen) ? (seen.Resource, seen.Count + 1) : (resource, 1);
        }
        return accounts;
    }
}
