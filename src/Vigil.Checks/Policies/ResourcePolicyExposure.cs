using System.Collections.Concurrent;
using System.Collections.Frozen;
using Vigil.Core.Checks;
using Vigil.Core.Model;
using Vigil.Iam;

namespace Vigil.Checks.Policies;

/// <summary>
/// Asks the IAM engine what a resource policy opens outside the snapshot's accounts. Each caller gets an identity policy
/// that allows everything, so that, by AWS's cross-account rule, the resource policy alone decides:
/// <list type="bullet">
/// <item>anyone: an unauthenticated request (for services that serve them);</item>
/// <item>any AWS account: a role session of an account the policy does not name, in a foreign organization, calling
/// from the internet; limiting conditions (aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceVpce, aws:SourceIp,
/// aws:SourceAccount, aws:SourceArn, ...) keep it out because its context does not satisfy them;</item>
/// <item>each foreign account the policy names (in Principal or in a condition value): its root and the principal ARNs
/// named in it.</item>
/// </list>
/// Actions on objects inside the resource (S3 objects) are asked about a probe object and about one object under each
/// pattern the policy's Allow statements name inside the resource (a public "incoming/*" prefix counts).
/// Service principals are never probed: a grant to cloudtrail.amazonaws.com is not exposure. Verdicts are cached per scan
/// by account and policy text, and reused for another resource only when no statement names particular resources.
/// </summary>
internal static class ResourcePolicyExposure
{
    private const string ProbeObject = "vigil-probe-object";
    private const int MaxObjectSamples = 8;
    private static readonly IReadOnlyList<Policy> AllowEverything =
        [Policy.Parse("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""", "vigil-probe-identity")];
    private static readonly string[] StrangerAccounts = ["999999999999", "999999999998", "999999999997", "999999999996"];

    public static PolicyExposure Of(CheckContext context, Resource resource, string document, ExposureProbeSet probes)
    {
        var cache = context.Index.Computed(probes.CacheName, _ => new ConcurrentDictionary<(string, string), PolicyExposure>());
        var key = (resource.AccountId, document);
        if (cache.TryGetValue(key, out var known) && (!known.DependsOnResource || known.Resource == resource.Arn)) return known;
        var exposure = Analyse(context, resource, document, probes);
        if (exposure.ParseError is null) cache.TryAdd(key, exposure);
        return exposure;
    }

    private static PolicyExposure Analyse(CheckContext context, Resource resource, string document, ExposureProbeSet probes)
    {
        var compiled = CompiledPolicies.Compile(document, resource.Arn);
        if (compiled.Policy is not { } policy) return PolicyExposure.Unparseable(compiled.ParseError!, resource.Arn);
        var mentions = PolicyMentions.Of(policy);
        var trusted = TrustedAccounts(context);
        var owner = resource.AccountId;
        var grants = new List<PolicyGrant>();
        var objects = ObjectSamples(resource.Arn, mentions);

        void Probe(Grantee grantee, string? account, IEnumerable<ProbeCaller> callers)
        {
            List<ExposureProbe>? allowed = null;
            foreach (var caller in callers) Reach(policy, caller, resource, objects, probes, ref allowed);
            if (allowed is not null) grants.Add(new PolicyGrant(grantee, account, allowed));
        }

        if (probes.AcceptsAnonymous) Probe(Grantee.Anyone, null, [ProbeCaller.Anonymous(context.Now, owner)]);
        var stranger = StrangerAccounts.First(a => !trusted.Contains(a) && a != owner && !mentions.Accounts.Contains(a));
        Probe(Grantee.AnyAwsAccount, null, [ProbeCaller.Stranger(stranger, context.Now, owner)]);
        foreach (var account in mentions.Accounts)
        {
            if (account == owner || trusted.Contains(account)) continue;
            var callers = mentions.PrincipalArns
                .Where(arn => arn.Split(':')[4] == account)
                .Prepend($"arn:aws:iam::{account}:root")
                .Select(principal => ProbeCaller.InAccount(principal, account, context.Now, owner));
            Probe(Grantee.ForeignAccount, account, callers);
        }

        return PolicyExposure.Of(grants, resource.Arn, mentions.NamesResources);
    }

    /// <summary>Adds to <paramref name="allowed"/> each probe the engine allows <paramref name="caller"/> that it does not hold yet.</summary>
    private static void Reach(Policy policy, ProbeCaller caller, Resource resource, IReadOnlyList<string> objects, ExposureProbeSet probes,
        ref List<ExposureProbe>? allowed)
    {
        foreach (var probe in probes.Probes)
        {
            if (allowed is not null && allowed.Contains(probe)) continue;
            if (probe.OnObject ? objects.Any(o => Allows(policy, caller, probe, o, resource.AccountId)) : Allows(policy, caller, probe, resource.Arn, resource.AccountId))
                (allowed ??= []).Add(probe);
        }
    }

    private static bool Allows(Policy policy, ProbeCaller caller, ExposureProbe probe, string target, string owner) =>
        Evaluator.Evaluate(new AuthorizationRequest
        {
            Principal = caller.Principal,
            Action = probe.Action,
            Resource = target,
            ResourceAccount = owner,
            Context = caller.Context,
            IdentityPolicies = AllowEverything,
            ResourcePolicy = policy,
        }).Decision == Decision.Allowed;

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

    /// <summary>The accounts of the snapshot: the only ones trusted until a setting names others.</summary>
    private static FrozenSet<string> TrustedAccounts(CheckContext context) =>
        context.Index.Computed("snapshot-account-ids", snapshot => snapshot.Accounts.Select(a => a.AccountId).ToFrozenSet(StringComparer.Ordinal));
}
