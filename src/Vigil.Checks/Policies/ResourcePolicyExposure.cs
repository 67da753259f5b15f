using Vigil.Access.Exposure;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using Vigil.Core.Checks;
using Vigil.Core.Model;
using Vigil.Iam;

namespace Vigil.Checks.Policies;

/// <summary>
/// Asks the IAM engine what a resource policy opens outside the trusted accounts: the snapshot's accounts and those of
/// <see cref="CheckSettings.TrustedAccounts"/>. Each caller gets an identity policy
/// that allows everything, so that, by AWS's cross-account rule, the resource policy alone decides:
/// <list type="bullet">
/// <item>anyone: an unauthenticated request (for services that serve them);</item>
/// <item>any AWS account: a role session of an account the policy does not name, in a foreign organization, calling
/// from the internet; limiting conditions (aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceVpce, aws:SourceIp,
/// aws:SourceAccount, aws:SourceArn, ...) keep it out because its context does not satisfy them;</item>
/// <item>each foreign (untrusted) account the policy names (in Principal or in a condition value): its root and the
/// principal ARNs named in it;</item>
/// <item>each organization other than the estate's that an open grant names in aws:PrincipalOrgID (when the owner's
/// organization is known): the stranger, as a member of that organization.</item>
/// </list>
/// Actions on objects inside the resource (S3 objects) are asked about a probe object and about one object under each
/// pattern the policy's Allow statements name inside the resource (a public "incoming/*" prefix counts).
/// Service principals are never probed: a grant to cloudtrail.amazonaws.com is not exposure. Outsiders need the resource
/// policy's allow, so a policy without an Allow statement is not evaluated, and when every Allow statement names its
/// principals (no "*", no NotPrincipal), anonymous and stranger callers cannot match and only the foreign accounts named
/// as principals are asked about. Verdicts are
/// cached per scan by account and policy text with the resource's own quoted ARN as a placeholder (most policies name
/// their resource), and reused for another resource when the policy names no resource but its own.
/// </summary>
internal static class ResourcePolicyExposure
{
    private const string ProbeObject = "vigil-probe-object";
    private const int MaxObjectSamples = 8;
    private static readonly IReadOnlyList<Policy> AllowEverything =
        [Policy.Parse("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""", "vigil-probe-identity")];
    private static readonly string[] StrangerAccounts = ["999999999999", "999999999998", "999999999997", "999999999996"];

    public static PolicyExposure Of(CheckContext context, Resource resource, string document, ExposureProbeSet probes) =>
        PolicyVerdictCache.Get(context, probes.CacheName, resource, document, (context, resource, document, probes),
            static s => Analyse(s.context, s.resource, s.document, s.probes));

    private static PolicyExposure Analyse(CheckContext context, Resource resource, string document, ExposureProbeSet probes)
    {
        var compiled = CompiledPolicies.Compile(document, resource.Arn);
        if (compiled.Policy is not { } policy) return PolicyExposure.Unparseable(compiled.ParseError!, resource.Arn);
        var mentions = PolicyMentions.Of(policy);
        if (!mentions.HasAllow) return PolicyExposure.Of([], resource.Arn, holdsForRenamedResource: true, holdsInAnotherAccount: true);
        var renamable = PolicyVerdictCache.HoldsForRenamedResource(document, resource.Arn, mentions);
        var elsewhere = HoldsInAnotherAccount(document, policy);
        var trusted = TrustedAccounts(context);
        var owner = resource.AccountId;
        var foreignPrincipals = mentions.PrincipalAccounts.Any(a => a != owner && !trusted.Contains(a));
        if (!mentions.HasOpenAllow && !foreignPrincipals) return PolicyExposure.Of([], resource.Arn, renamable, elsewhere);

        var callers = Callers(context, owner);
        var grants = new List<PolicyGrant>();
        var objects = probes.HasObjectProbes ? ObjectSamples(resource.Arn, mentions) : [];

        void Probe(Grantee grantee, string? account, IEnumerable<ProbeCaller> probeCallers)
        {
            List<ExposureProbe>? allowed = null;
            foreach (var caller in probeCallers) Reach(policy, caller, resource, objects, probes, ref allowed);
            if (allowed is not null) grants.Add(new PolicyGrant(grantee, account, allowed));
        }

        if (mentions.HasOpenAllow)
        {
            if (probes.AcceptsAnonymous) Probe(Grantee.Anyone, null, [callers.Anonymous]);
            var stranger = mentions.Accounts.Contains(callers.StrangerAccount)
                ? ProbeCaller.Stranger(StrangerAccounts.First(a => !trusted.Contains(a) && a != owner && !mentions.Accounts.Contains(a)), context.Now, owner)
                : callers.Stranger;
            Probe(Grantee.AnyAwsAccount, null, [stranger]);
            foreach (var organization in ForeignOrganizations(context, policy, owner))
                Probe(Grantee.ForeignOrganization, organization, [ProbeCaller.StrangerIn(organization, stranger)]);
        }

        foreach (var account in mentions.HasOpenAllow ? mentions.Accounts : mentions.PrincipalAccounts)
        {
            if (account == owner || trusted.Contains(account)) continue;
            var named = mentions.PrincipalArns
                .Where(arn => arn.Split(':')[4] == account)
                .Prepend($"arn:aws:iam::{account}:root")
                .Select(principal => ProbeCaller.InAccount(principal, account, context.Now, owner));
            Probe(Grantee.ForeignAccount, account, named);
        }

        return PolicyExposure.Of(grants, resource.Arn, renamable, elsewhere);
    }

    /// <summary>Whether the verdict holds for the same policy in another account of the estate (with that account's id
    /// where this one's stands): every caller probed is an outsider whose request names no estate account, so only keys
    /// that carry the owner's own facts (its account id, its organization) and organizations the policy names (whose
    /// standing depends on what is known of the owner's) can tell the two apart.</summary>
    private static bool HoldsInAnotherAccount(string document, Policy policy) =>
        !PolicyVerdictCache.MayDependOnOwner(document) && policy.NamedConditionValues("aws:PrincipalOrgID").Count == 0;

    /// <summary>Adds to <paramref name="allowed"/> each probe the engine allows <paramref name="caller"/> that it does not hold yet.</summary>
    private static void Reach(Policy policy, ProbeCaller caller, Resource resource, IReadOnlyList<string> objects, ExposureProbeSet probes,
        ref List<ExposureProbe>? allowed)
    {
        // One request per caller, varied per probe: the principal is parsed once.
        var request = new AuthorizationRequest
        {
            Principal = caller.Principal,
            Action = probes.Probes[0].Action,
            Resource = resource.Arn,
            ResourceAccount = resource.AccountId,
            Context = caller.Context,
            IdentityPolicies = AllowEverything,
            ResourcePolicy = policy,
        };
        foreach (var probe in probes.Probes)
        {
            if (allowed is not null && allowed.Contains(probe)) continue;
            var granted = false;
            if (!probe.OnObject) granted = Allowed(request with { Action = probe.Action });
            else
            {
                foreach (var target in objects)
                {
                    if (granted = Allowed(request with { Action = probe.Action, Resource = target })) break;
                }
            }

            if (granted) (allowed ??= []).Add(probe);
        }
    }

    private static bool Allowed(AuthorizationRequest request) => Evaluator.Evaluate(request).Decision == Decision.Allowed;

    /// <summary>The probe object, and an object under each pattern the policy names inside the resource, with every
    /// wildcard filled in (patterns with policy variables are skipped).</summary>
    private static List<string> ObjectSamples(string resourceArn, PolicyMentions mentions)
    {
        var prefix = resourceArn + "/";
        var samples = new List<string> { prefix + ProbeObject };
        foreach (var pattern in mentions.ResourcePatterns)
        {
            if (samples.Count > MaxObjectSamples) break;
            if (!pattern.StartsWith(prefix, StringComparison.Ordinal) || pattern.Contains("${", StringComparison.Ordinal)) continue;
            var sample = pattern.Replace("*", ProbeObject, StringComparison.Ordinal).Replace('?', 'x');
            if (!samples.Contains(sample)) samples.Add(sample);
        }

        return samples;
    }

    /// <summary>The anonymous caller and the stranger for resources of <paramref name="owner"/>, built once per scan and account.</summary>
    private static ProbeCallers Callers(CheckContext context, string owner) =>
        context.Index.Computed("resource-policy-probe-callers", _ => new ConcurrentDictionary<string, ProbeCallers>(StringComparer.Ordinal))
            .GetOrAdd(owner, account =>
            {
                var trusted = TrustedAccounts(context);
                var stranger = StrangerAccounts.First(a => !trusted.Contains(a) && a != account);
                return new ProbeCallers(ProbeCaller.Anonymous(context.Now, account), stranger, ProbeCaller.Stranger(stranger, context.Now, account));
            });

    /// <summary>The organization ids the policy's conditions name (aws:PrincipalOrgID) other than the estate's, when it is
    /// known whether and where the owner is in an organization (without that, a policy naming the owner's own organization
    /// would look foreign; a standalone account has none, so every organization named is foreign).</summary>
    private static IEnumerable<string> ForeignOrganizations(CheckContext context, Policy policy, string owner)
    {
        var named = policy.NamedConditionValues("aws:PrincipalOrgID");
        if (named.Count == 0) return [];
        var known = context.Index.Computed("resource-policy-organization-known", snapshot => snapshot.Accounts
            .Where(a => a.OrganizationId is not null || (a.IsOrganizationManagementAccount is not null && !a.Unreadable.Contains("OrganizationId")))
            .Select(a => a.AccountId).ToFrozenSet(StringComparer.Ordinal));
        var estate = context.Index.Computed("resource-policy-organizations", snapshot =>
            snapshot.Accounts.Select(a => a.OrganizationId).OfType<string>().ToFrozenSet(StringComparer.Ordinal));
        if (!known.Contains(owner)) return [];
        return named.Where(o => !estate.Contains(o) && o.IndexOfAny(['*', '?']) < 0).Distinct(StringComparer.Ordinal);
    }

    /// <summary>The accounts of the snapshot and those the trustedAccounts setting names.</summary>
    private static FrozenSet<string> TrustedAccounts(CheckContext context) =>
        context.Index.Computed("resource-policy-trusted-accounts", snapshot => snapshot.Accounts.Select(a => a.AccountId)
            .Concat(context.Settings.TrustedAccounts).ToFrozenSet(StringComparer.Ordinal));
}
