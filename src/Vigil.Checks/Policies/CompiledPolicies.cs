using System.Collections.Concurrent;
using Vigil.Core.Checks;
using Vigil.Iam;

namespace Vigil.Checks.Policies;

/// <summary>Policy documents compiled once per scan, keyed by their text, shared by every check that asks the IAM engine.</summary>
internal static class CompiledPolicies
{
    /// <summary>A resource no document quotes (JSON strings hold no raw control characters): keys of identity policies.</summary>
    private const string NoResource = "\0";

    /// <summary>The compiled document; a parse error names <paramref name="source"/> (the cache is keyed by text alone, so an
    /// unparseable document shared by several sources is re-parsed for each to name it).</summary>
    public static CompiledPolicy Get(CheckContext context, string document, string source)
    {
        var compiled = context.Index.Computed("compiled-policy-documents", _ => new ConcurrentDictionary<string, CompiledPolicy>(StringComparer.Ordinal))
            .GetOrAdd(document, static (text, source) => Compile(text, source), source);
        return compiled.ParseError is not null && compiled.Source != source ? Compile(document, source) : compiled;
    }

    /// <summary>A value derived from a parseable document (e.g. a verdict), computed once per scan and document text.</summary>
    public static TValue Derived<TValue>(CheckContext context, string name, string document, Func<string, TValue> derive) =>
        context.Index.Computed(name, static _ => new ByDocument<TValue>())
            .GetOrAdd(document, derive);

    /// <summary>A value derived from a parseable document that also depends on an account (its probes name the account),
    /// computed once per scan, account and document text.</summary>
    public static TValue Derived<TValue>(CheckContext context, string name, string accountId, string document, Func<TValue> derive) =>
        context.Index.Computed(name, static _ => new ByAccountAndDocument<TValue>())
            .GetOrAdd((accountId, document), static (_, derive) => derive(), derive);

    /// <summary>A value derived from a parseable document and its account, worked out once for every account whose
    /// document differs only by naming that account's own id (<see cref="PolicyCacheKeyComparer.AcrossAccounts"/>): the
    /// landing-zone policies of two thousand accounts are asked about once. For values that do not name the account
    /// (verdicts, service or action names) and derivations that treat the account only as "this account"; a document that
    /// could tell accounts apart (<see cref="PolicyVerdictCache.MayDependOnOwner"/>, or escapes that could hide an id)
    /// is asked about per account.</summary>
    public static TValue DerivedInEveryAccount<TValue>(CheckContext context, string name, string accountId, string document, Func<TValue> derive)
    {
        // Whether a document could tell accounts apart is the same for every document of its shape: a value found under
        // the shape was derived from one that could not.
        var byShape = context.Index.Computed(name, static _ => new ByShape<TValue>());
        var key = new PolicyCacheKey(accountId, document, NoResource);
        if (byShape.TryGetValue(key, out var known)) return known;
        if (PolicyVerdictCache.MayDependOnOwner(document) || document.Contains('\\', StringComparison.Ordinal))
            return Derived(context, name, accountId, document, derive);
        return byShape.GetOrAdd(key, static (_, derive) => derive(), derive);
    }

    /// <summary>Compiles a document that no other resource shares (a bucket policy names its bucket), without caching it
    /// for the rest of the scan.</summary>
    public static CompiledPolicy Compile(string document, string source)
    {
        try
        {
            return new CompiledPolicy(source, Policy.Parse(document, source), null);
        }
        catch (PolicyParseException e)
        {
            return new CompiledPolicy(source, null, e.Message);
        }
    }

    // Types of their own, so that their names cannot meet another cache of the scan's index.
    private sealed class ByDocument<TValue>() : ConcurrentDictionary<string, TValue>(StringComparer.Ordinal);

    private sealed class ByAccountAndDocument<TValue> : ConcurrentDictionary<(string Account, string Document), TValue>;

    private sealed class ByShape<TValue>() : ConcurrentDictionary<PolicyCacheKey, TValue>(PolicyCacheKeyComparer.AcrossAccounts);
}
