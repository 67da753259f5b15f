using Vigil.Iam.Catalog;

namespace Vigil.Iam.Lint;

/// <summary>Resolves condition keys as written against the global list and the catalog's service keys.</summary>
internal static class ConditionKeys
{
    public static KeyInfo Resolve(string key, ActionCatalog catalog)
    {
        if (GlobalConditionKeys.TypeOf(key) is { } global) return new KeyInfo(true, global, true, false, "aws");
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return KeyInfo.Unknown(null);
        var prefix = key[..colon];
        if (string.Equals(prefix, "aws", StringComparison.OrdinalIgnoreCase)) return KeyInfo.Unknown("aws");
        if (IsFederationPrefix(prefix))
        {
            var documented = catalog.TryGetService("sts", out var sts) ? Find(sts.ConditionKeys, key) : null;
            return new KeyInfo(true, documented?.Type ?? ConditionKeyType.String, false, true, "sts");
        }

        if (!catalog.TryGetService(prefix, out var service)) return KeyInfo.Unknown(prefix);
        var found = Find(service.ConditionKeys, key);
        return found is null ? KeyInfo.Unknown(service.Prefix) : new KeyInfo(true, found.Type, false, false, service.Prefix);
    }

    /// <summary>Keys of identity providers (token.actions.githubusercontent.com:sub, accounts.google.com:aud, SAML:aud,
    /// oidc.eks.REGION.amazonaws.com/id/ID:sub): documented under sts, or not at all for custom OIDC providers.</summary>
    public static bool IsFederationPrefix(string prefix) =>
        prefix.Contains('.', StringComparison.Ordinal) || prefix.Contains('/', StringComparison.Ordinal) || string.Equals(prefix, "saml", StringComparison.OrdinalIgnoreCase);

    public static ConditionKey? Find(IReadOnlyList<ConditionKey> keys, string key)
    {
        foreach (var candidate in keys)
        {
            if (string.Equals(candidate.Name, key, StringComparison.OrdinalIgnoreCase)) return candidate;
        }

        foreach (var candidate in keys)
        {
            if (candidate.Name.AsSpan().IndexOfAny('$', '<') >= 0 && Wildcards.Matches(TemplatePatterns.Of(candidate.Name), key)) return candidate;
        }

        return null;
    }
}
