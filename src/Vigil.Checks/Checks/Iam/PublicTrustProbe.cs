using System.Collections.Concurrent;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Iam;

namespace Vigil.Checks.Checks.Iam;

/// <summary>Asks the IAM engine who, beyond specific principals, may assume a role under its trust policy: a principal of
/// an arbitrary other account, an arbitrary SAML provider, any identity of a public web identity provider, or a token of
/// a web identity provider the policy names whatever the token's subject. Each is probed with no context and with
/// context an arbitrary caller could present (MFA, TLS, an external id it made up, an audience it chose).</summary>
internal static class PublicTrustProbe
{
    private const string ProbeExternalId = "vigil-probe-external-id";

    private static readonly string[] PublicIdentityProviders =
        ["accounts.google.com", "graph.facebook.com", "www.amazon.com", "cognito-identity.amazonaws.com"];

    /// <summary>Audiences an arbitrary token holder can present: the one AWS's own tooling requests, and one of its choosing.</summary>
    private static readonly string[] Audiences = ["sts.amazonaws.com", "vigil-probe-audience"];

    /// <summary>Subjects of an arbitrary workload: a GitHub Actions job of another repository, an arbitrary Kubernetes
    /// service account, an arbitrary user.</summary>
    private static readonly string[] Subjects =
        ["repo:vigil-probe/vigil-probe:ref:refs/heads/main", "system:serviceaccount:vigil-probe:vigil-probe", "vigil-probe-subject"];

    /// <summary>Who may assume the role without a limiting condition, as phrases; empty when no one. Cached per scan and
    /// document: the verdict does not depend on the role beyond the stand-in foreign account.</summary>
    public static IReadOnlyList<string> Exposures(CheckContext context, Policy trust, string document, string roleArn, string roleAccount)
    {
        var foreign = AssumeRoleProbe.ForeignAccount(roleAccount);
        return CompiledPolicies.Derived(context, "public-trust", foreign, document, () => Probe(context, trust, roleArn, roleAccount, foreign));
    }

    private static string[] Probe(CheckContext context, Policy trust, string roleArn, string roleAccount, string foreign)
    {
        var exposures = new List<string>();
        bool Allowed(string principal, string action, IReadOnlyDictionary<string, IReadOnlyList<string>>? values = null) =>
            AssumeRoleProbe.Allowed(trust, roleArn, roleAccount, principal, action, values);

        var probes = Probes(context, foreign);
        if (probes.Callers.Any(c => Allowed(c.Principal, AssumeRoleProbe.AssumeRole) || Allowed(c.Principal, AssumeRoleProbe.AssumeRole, c.Context)))
            exposures.Add("principals of any AWS account (sts:AssumeRole)");

        var (samlProvider, assertion) = probes.Saml;
        if (Allowed(samlProvider, AssumeRoleProbe.AssumeRoleWithSaml) || Allowed(samlProvider, AssumeRoleProbe.AssumeRoleWithSaml, assertion))
            exposures.Add("any SAML identity provider (sts:AssumeRoleWithSAML)");

        var named = trust.NamedPrincipals
            .Where(p => p.Type == "Federated" && p.Value != "*" && !p.Value.Contains(":saml-provider/", StringComparison.Ordinal))
            .Select(p => p.Value);
        foreach (var provider in PublicIdentityProviders.Union(named, StringComparer.Ordinal))
        {
            var issuer = Issuer(provider);
            if (!Allowed(provider, AssumeRoleProbe.AssumeRoleWithWebIdentity)
                && !TokenContexts(context, issuer).Any(token => Allowed(provider, AssumeRoleProbe.AssumeRoleWithWebIdentity, token)))
                continue;
            exposures.Add(PublicIdentityProviders.Contains(provider, StringComparer.Ordinal)
                ? $"any identity of {issuer} (sts:AssumeRoleWithWebIdentity)"
                : $"any holder of a {issuer} token, whatever its subject (sts:AssumeRoleWithWebIdentity)");
        }

        return [.. exposures];
    }

    /// <summary>The callers standing for any principal of <paramref name="foreign"/> and any SAML provider, with the
    /// context each presents; built once per scan.</summary>
    private static ForeignProbes Probes(CheckContext context, string foreign) =>
        context.Index.Computed("public-trust-probes-" + foreign, _ =>
        {
            string[] callers = [$"arn:aws:iam::{foreign}:role/vigil-probe", $"arn:aws:iam::{foreign}:user/vigil-probe"];
            return new ForeignProbes(
                [.. callers.Select(c => (c, (IReadOnlyDictionary<string, IReadOnlyList<string>>)AssumeRoleProbe.CallerContext(foreign, c, context, ProbeExternalId)))],
                ($"arn:aws:iam::{foreign}:saml-provider/vigil-probe", AssumeRoleProbe.TokenContext("SAML", "https://signin.aws.amazon.com/saml", "vigil-probe-subject", context)));
        });

    /// <summary>The contexts of tokens an arbitrary holder could get from <paramref name="issuer"/>; built once per scan and issuer.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<string>>[] TokenContexts(CheckContext context, string issuer) =>
        context.Index.Computed("web-identity-token-contexts", _ => new ConcurrentDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>[]>(StringComparer.Ordinal))
            .GetOrAdd(issuer, static (issuer, context) =>
                [.. Audiences.SelectMany(audience => Subjects.Select(subject => AssumeRoleProbe.TokenContext(issuer, audience, subject, context)))], context);

    /// <summary>The condition-key prefix of a web identity provider: the URL of an IAM OIDC provider, or the well-known name.</summary>
    private static string Issuer(string provider)
    {
        const string marker = ":oidc-provider/";
        var at = provider.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? provider : provider[(at + marker.Length)..];
    }
}
