namespace Vigil.Iam.Lint;

/// <summary>Web identity (OIDC) and SAML trust without the conditions that tie it to one audience and subject.</summary>
internal static class FederationRules
{
    private static readonly string[] GitHubHosts = ["token.actions.githubusercontent.com"];

    /// <summary>The claims that tie an OIDC token to one application or one subject.</summary>
    private static readonly string[] ScopingClaims = ["aud", "sub", "oaud", "azp", "app_id", "amr"];

    public static void Run(LintContext context)
    {
        if (!context.IsResourceLike) return;
        foreach (var statement in context.Statements)
        {
            if (!statement.IsAllow || statement.Compiled.NotPrincipal) continue;
            foreach (var principal in statement.Compiled.PrincipalValues)
            {
                if (principal.Type != "Federated") continue;
                var path = $"{statement.Path}.Principal.Federated";
                if (principal.Value.Contains(":saml-provider/", StringComparison.OrdinalIgnoreCase))
                {
                    if (statement.CoversAction("sts:AssumeRoleWithSAML") && !statement.HasConditionOn("SAML:aud"))
                        context.Add(LintRules.MissingSamlAudience, "sts:AssumeRoleWithSAML is allowed without a SAML:aud condition; require \"SAML:aud\": \"https://signin.aws.amazon.com/saml\".", statement, path);
                    continue;
                }

                if (!statement.CoversAction("sts:AssumeRoleWithWebIdentity")) continue;
                var provider = Provider(principal.Value);
                if (GitHubHosts.Contains(provider, StringComparer.OrdinalIgnoreCase) || provider.EndsWith(".ghe.com", StringComparison.OrdinalIgnoreCase))
                    GitHub(context, statement, provider, path);
                else if (!ScopingClaims.Any(claim => statement.HasConditionOn($"{provider}:{claim}")))
                    context.Add(LintRules.MissingOidcCondition, $"Tokens from {provider} can assume the role without a condition on {provider}:aud or {provider}:sub: any application or user of the provider can.", statement, path);
            }
        }
    }

    /// <summary>The provider host (and path) that prefixes its condition keys: the part of an oidc-provider ARN after the slash.</summary>
    private static string Provider(string federated)
    {
        var marker = ":oidc-provider/";
        var at = federated.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? federated : federated[(at + marker.Length)..];
    }

    private static void GitHub(LintContext context, LintStatement statement, string provider, string path)
    {
        var key = $"{provider}:sub";
        var subjects = statement.Conditions
            .Where(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase) && !c.Operator.Contains("Not", StringComparison.Ordinal))
            .SelectMany(c => c.Values)
            .ToList();
        if (subjects.Count == 0)
        {
            context.Add(LintRules.MissingGitHubRepoCondition, $"GitHub Actions tokens can assume the role without a {key} condition: workflows of every GitHub repository can; require \"repo:OWNER/REPO:...\".", statement, path);
            return;
        }

        var open = subjects.Where(s => !NamesRepository(s)).ToList();
        if (open.Count > 0)
            context.Add(LintRules.MissingGitHubRepoCondition, $"The {key} condition allows \"{string.Join("\", \"", open)}\", which does not name one owner's repository: workflows of other repositories can assume the role.", statement, path);
    }

    /// <summary>repo:OWNER/... with a literal owner: a pattern like repo:* or repo:*/x lets any owner in.</summary>
    private static bool NamesRepository(string subject)
    {
        if (!subject.StartsWith("repo:", StringComparison.OrdinalIgnoreCase)) return false;
        var rest = subject["repo:".Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && !Wildcards.HasWildcard(rest[..slash]);
    }
}
