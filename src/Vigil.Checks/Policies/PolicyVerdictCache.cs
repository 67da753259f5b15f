using System.Collections.Concurrent;
using Vigil.Core.Checks;
using Vigil.Core.Model;
using Vigil.Iam;

namespace Vigil.Checks.Policies;

/// <summary>Verdicts on resource policies, worked out once per account and policy text with the resource's own quoted
/// ARN as a placeholder: the same TLS-only or organization-only policy on a hundred buckets is asked about once. A verdict
/// that holds in another account (<see cref="IPolicyVerdict.HoldsInAnotherAccount"/>) is also kept with the owner account
/// id as a second placeholder, so the same landing-zone policy in two thousand accounts is asked about once.</summary>
internal static class PolicyVerdictCache
{
    /// <summary>The verdict on <paramref name="document"/>, a policy of <paramref name="resource"/>: a cached one that holds
    /// for it, or <paramref name="analyse"/>(<paramref name="state"/>).</summary>
    public static TVerdict Get<TVerdict, TState>(CheckContext context, string cacheName, Resource resource, string document, TState state, Func<TState, TVerdict> analyse)
        where TVerdict : class, IPolicyVerdict
    {
        var maps = context.Index.Computed(cacheName, static _ => new VerdictMaps<TVerdict>());
        var key = new PolicyCacheKey(resource.AccountId, document, resource.Arn);
        // A verdict that holds in another account holds for any resource of the same shape, in this account too: asked first.
        if (maps.Across.TryGetValue(key, out var known)) return known;
        if (maps.Within.TryGetValue(key, out known) && (known.HoldsForRenamedResource || known.Resource == resource.Arn)) return known;
        var verdict = analyse(state);
        if (!verdict.Cacheable) return verdict;
        maps.Within.TryAdd(key, verdict);
        if (verdict.HoldsInAnotherAccount) maps.Across.TryAdd(key, verdict);
        return verdict;
    }

    /// <summary>Whether a verdict reached with the owner's account id in its requests could differ for another owner: the
    /// policy tests the owner's own facts (aws:ResourceAccount, aws:ResourceOrgID, aws:ResourceOrgPaths) or could match
    /// part of an account id (a wildcard next to a digit).</summary>
    public static bool MayDependOnOwner(string document)
    {
        if (document.Contains("ResourceAccount", StringComparison.OrdinalIgnoreCase) || document.Contains("ResourceOrg", StringComparison.OrdinalIgnoreCase))
            return true;
        var text = document.AsSpan();
        for (var at = text.IndexOfAny('*', '?'); at >= 0;)
        {
            if ((at > 0 && char.IsAsciiDigit(text[at - 1])) || (at + 1 < text.Length && char.IsAsciiDigit(text[at + 1]))) return true;
            var next = text[(at + 1)..].IndexOfAny('*', '?');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    /// <summary>Whether a verdict on <paramref name="resourceArn"/> holds for a renamed resource: the policy names no
    /// resource but this one (and paths under it), and has no JSON escapes that could hide a name from the placeholder.</summary>
    public static bool HoldsForRenamedResource(string document, string resourceArn, PolicyMentions mentions)
    {
        if (!mentions.NamesResources) return true;
        if (document.Contains('\\', StringComparison.Ordinal)) return false;
        foreach (var pattern in mentions.ResourcePatterns)
        {
            if (!pattern.StartsWith(resourceArn, StringComparison.Ordinal)) return false;
            if (pattern.Length > resourceArn.Length && pattern[resourceArn.Length] != '/') return false;
        }

        return true;
    }

    private sealed class VerdictMaps<TVerdict>
    {
        public ConcurrentDictionary<PolicyCacheKey, TVerdict> Within { get; } = new(PolicyCacheKeyComparer.Instance);

        public ConcurrentDictionary<PolicyCacheKey, TVerdict> Across { get; } = new(PolicyCacheKeyComparer.AcrossAccounts);
    }
}
