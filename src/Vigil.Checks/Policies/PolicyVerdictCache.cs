using System.Collections.Concurrent;
using Vigil.Core.Checks;
using Vigil.Core.Model;
using Vigil.Iam;

namespace Vigil.Checks.Policies;

/// <summary>Verdicts on resource policies, worked out once per account and policy text with the resource's own quoted
/// ARN as a placeholder: the same TLS-only or organization-only policy on a hundred buckets is asked about once. Verdicts
/// that read the text only may be shared across accounts too (acrossAccounts: the owner account id is
/// then a placeholder as well).</summary>
internal static class PolicyVerdictCache
{
    public static TVerdict Get<TVerdict>(CheckContext context, string cacheName, Resource resource, string document, Func<TVerdict> analyse, bool acrossAccounts = false)
        where TVerdict : class, IPolicyVerdict
    {
        var cache = context.Index.Computed(cacheName, _ => new ConcurrentDictionary<PolicyCacheKey, TVerdict>(
            acrossAccounts ? PolicyCacheKeyComparer.AcrossAccounts : PolicyCacheKeyComparer.Instance));
        var key = new PolicyCacheKey(resource.AccountId, document, resource.Arn);
        if (cache.TryGetValue(key, out var known) && (known.HoldsForRenamedResource || known.Resource == resource.Arn)) return known;
        var verdict = analyse();
        if (verdict.Cacheable) cache.TryAdd(key, verdict);
        return verdict;
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
}
