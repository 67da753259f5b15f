using Vigil.Access.Organizations;
using Vigil.Iam;

namespace Vigil.Access.Exposure;

/// <summary>
/// Asks the IAM engine what a resource policy opens outside the resource's account. For each Allow statement it puts
/// the callers the statement names to the engine — anyone and a role session of an unknown account for an open
/// statement, each other account or principal ARN it names, each identity provider, each service (on behalf of an
/// unknown account) — with an identity policy that allows everything, so that the resource policy decides, as in a
/// cross-account request. A caller is first asked with the context of a request from the internet; when the statement
/// grants it nothing, again with context values that satisfy the statement's conditions, which are then reported with
/// the grant and decide its label (aws:PrincipalOrgID of the organization: "organization"; aws:PrincipalAccount,
/// aws:SourceAccount, aws:SourceArn: the accounts named). The actions granted by the statement alone are then asked of
/// the whole policy (its denies apply; when they stop everything, once more with values that keep the denies'
/// negated conditions false, reported too) and of the whole policy under the resource account's RCPs.
/// </summary>
public sealed class ResourcePolicyAnalyzer
{
    private const string ProbeObject = "vigil-probe-object";
    private const int MaxObjectSamples = 8;
    private static readonly string[] StrangerAccounts = ["999999999999", "999999999998", "999999999997", "999999999996"];
    private static readonly IReadOnlyList<Policy> AllowEverything =
        [Policy.Parse("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""", "vigil-probe-identity")];

    private static readonly string[] AccountKeys = ["aws:PrincipalAccount", "aws:SourceAccount", "aws:SourceOwner", "kms:CallerAccount"];
    private static readonly string[] ArnKeys = ["aws:PrincipalArn", "aws:SourceArn"];
    private static readonly string[] OrganizationKeys = ["aws:PrincipalOrgID", "aws:SourceOrgID"];

    private readonly ResourcePolicyCompiler _compiler = new();
    private readonly CandidateActions _candidates = new();
    private readonly AccountLabels _labels;
    private readonly OrganizationPolicyReader _organizations;
    private readonly DateTimeOffset _now;

    public ResourcePolicyAnalyzer(AccountLabels labels, OrganizationPolicyReader organizations, DateTimeOffset now)
    {
        _labels = labels;
        _organizations = organizations;
        _now = now;
    }

    public PolicyExposureResult Analyse(string resourceArn, string owner, string document, ExposureTarget target)
    {
        var compiled = _compiler.Compile(document);
        if (compiled.Whole is not { } whole) return new PolicyExposureResult([], $"the {target.PolicyKind} could not be parsed: {compiled.Error!.TrimEnd('.')}");
        var stranger = StrangerFor(owner, whole);
        var rcps = _organizations.For(owner).Rcps;
        var objects = target.Types.Any(t => t.IsObject) ? ObjectSamples(resourceArn + target.ObjectPrefix, whole) : [];
        var grants = new List<ExposureGrant>();
        foreach (var statement in compiled.Statements)
        {
            if (!statement.IsAllow) continue;
            var actions = _candidates.For(target, statement);
            if (actions.Count == 0) continue;
            foreach (var candidate in Candidates(statement, target, owner, stranger))
            {
                var request = new PolicyProbe(candidate.Caller, resourceArn, owner, objects, rcps);
                if (Grant(compiled, statement, candidate, actions, request, target, owner) is { } grant) grants.Add(grant);
            }
        }

        return grants.Count == 0 ? PolicyExposureResult.Closed : new PolicyExposureResult(grants, null);
    }

    private ExposureGrant? Grant(CompiledResourcePolicy compiled, PolicyStatement statement, GrantCandidate candidate,
        IReadOnlyList<CandidateAction> actions, PolicyProbe probe, ExposureTarget target, string owner)
    {
        var conditionsMet = false;
        var granted = Allowed(statement.Alone, actions, probe, withRcps: false);
        if (granted.Count == 0 && statement.Conditions.Count > 0)
        {
            var satisfying = CooperativeContext.Satisfying(statement.Conditions, avoidDeny: false);
            // An unauthenticated request carries no principal keys: conditions on them keep anonymous callers out.
            if (candidate.ReachedBy == ReachedBy.Anyone) satisfying = satisfying.Where(kv => !kv.Key.StartsWith("aws:Principal", StringComparison.OrdinalIgnoreCase))
                .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase);
            probe = probe.With(satisfying);
            granted = Allowed(statement.Alone, actions, probe, withRcps: false);
            conditionsMet = true;
        }

        if (granted.Count == 0) return null;
        var conditions = new List<ExposureCondition>(statement.Conditions);
        var effective = Allowed(compiled.Whole!, granted, probe, withRcps: false);
        if (effective.Count == 0 && compiled.HasDeny)
        {
            var denyConditions = compiled.Statements.Where(s => !s.IsAllow).SelectMany(s => s.Conditions).ToList();
            probe = probe.With(CooperativeContext.Satisfying(denyConditions, avoidDeny: true));
            effective = Allowed(compiled.Whole!, granted, probe, withRcps: false);
            conditions.AddRange(denyConditions.Where(c => CooperativeContext.IsNegated(c.Operator)));
        }

        if (effective.Count == 0) return null;
        var label = candidate.Label ?? (conditionsMet ? LabelFromConditions(statement.Conditions, owner) : ExposureLabel.Public);
        if (label is null) return null;

        var blocked = new List<string>();
        if (probe.Rcps is not null)
        {
            var passing = Allowed(compiled.Whole!, effective, probe, withRcps: true);
            blocked.AddRange(effective.Where(a => !passing.Contains(a)).Select(a => a.Action.FullName));
        }

        return new ExposureGrant
        {
            ReachedBy = candidate.ReachedBy,
            Who = candidate.Who,
            Account = candidate.Account,
            Label = label.Value,
            Via = $"{target.PolicyKind} statement {statement.Label}",
            Actions = AccessLevelNames.Group(effective.Select(a => a.Action.FullName)),
            Conditions = conditions,
            BlockedActions = blocked,
            NeutralisedBy = blocked.Count == effective.Count && blocked.Count > 0 ? $"the resource control policies of account {owner}" : null,
        };
    }

    private static List<CandidateAction> Allowed(Policy resourcePolicy, IReadOnlyList<CandidateAction> actions, PolicyProbe probe, bool withRcps)
    {
        var request = new AuthorizationRequest
        {
            Principal = probe.Caller.Principal,
            Action = actions[0].Action.FullName,
            Resource = probe.ResourceArn,
            ResourceAccount = probe.Owner,
            Context = probe.Caller.Context,
            IdentityPolicies = AllowEverything,
            ResourcePolicy = resourcePolicy,
            Rcps = withRcps ? probe.Rcps : null,
        };
        var allowed = new List<CandidateAction>();
        foreach (var candidate in actions)
        {
            if (!candidate.Type.IsObject)
            {
                if (Evaluator.Evaluate(request with { Action = candidate.Action.FullName }).Decision == Decision.Allowed) allowed.Add(candidate);
                continue;
            }

            foreach (var target in probe.Objects)
            {
                if (Evaluator.Evaluate(request with { Action = candidate.Action.FullName, Resource = target }).Decision != Decision.Allowed) continue;
                allowed.Add(candidate);
                break;
            }
        }

        return allowed;
    }

    private IEnumerable<GrantCandidate> Candidates(PolicyStatement statement, ExposureTarget target, string owner, string stranger)
    {
        if (statement.IsOpen)
        {
            if (target.AcceptsAnonymous) yield return new GrantCandidate(ProbeCaller.Anonymous(_now, owner), ReachedBy.Anyone, "anyone", null, ExposureLabel.Public);
            yield return new GrantCandidate(ProbeCaller.Stranger(stranger, _now, owner), ReachedBy.AnyAwsPrincipal, "any AWS principal", null, null);
        }

        if (statement.NotPrincipal) yield break;
        foreach (var principal in statement.Alone.NamedPrincipals)
        {
            if (principal.Value == "*") continue;
            switch (principal.Type)
            {
                case "AWS" when AccountOf(principal.Value) is { } account && _labels.OfAccount(account, owner) is { } label:
                    var whole = IsAccountId(principal.Value) || principal.Value.EndsWith(":root", StringComparison.Ordinal);
                    var caller = whole ? $"arn:aws:iam::{account}:root" : principal.Value.Replace("*", "vigil-probe", StringComparison.Ordinal).Replace('?', 'x');
                    yield return new GrantCandidate(ProbeCaller.InAccount(caller, account, _now, owner), ReachedBy.Account,
                        whole ? $"account {account}" : principal.Value, account, label);
                    break;
                case "Federated":
                    yield return new GrantCandidate(ProbeCaller.Federated(principal.Value, _now, owner), ReachedBy.Federated, principal.Value, null, ExposureLabel.External);
                    break;
                case "Service" when !target.IsTrustPolicy:
                    yield return new GrantCandidate(ProbeCaller.ServiceFor(principal.Value, stranger, _now, owner), ReachedBy.Service,
                        $"{principal.Value} on behalf of other accounts", null, null);
                    break;
            }
        }
    }

    /// <summary>The label the principal-limiting conditions of a statement give it: the widest label of the accounts and
    /// organizations they name; public when they name none (network conditions leave it open to anyone who meets them);
    /// null when they name only the resource's own account.</summary>
    private ExposureLabel? LabelFromConditions(IReadOnlyList<ExposureCondition> conditions, string owner)
    {
        ExposureLabel? widest = null;
        var limited = false;
        foreach (var condition in conditions)
        {
            if (CooperativeContext.IsNegated(condition.Operator)) continue;
            foreach (var value in condition.Values)
            {
                ExposureLabel? label;
                if (AccountKeys.Contains(condition.Key, StringComparer.OrdinalIgnoreCase)) label = IsAccountId(value) ? _labels.OfAccount(value, owner) : ExposureLabel.Public;
                else if (ArnKeys.Contains(condition.Key, StringComparer.OrdinalIgnoreCase)) label = AccountOf(value) is { } account ? _labels.OfAccount(account, owner) : ExposureLabel.Public;
                else if (OrganizationKeys.Contains(condition.Key, StringComparer.OrdinalIgnoreCase)) label = _labels.OfOrganization(value, owner);
                else continue;
                limited = true;
                if (label is { } known) widest = widest is { } w ? AccountLabels.Widest(w, known) : known;
            }
        }

        return limited ? widest : ExposureLabel.Public;
    }

    private string StrangerFor(string owner, Policy policy)
    {
        var named = PolicyMentions.Of(policy).Accounts;
        return StrangerAccounts.First(a => a != owner && !_labels.IsKnown(a) && !named.Contains(a));
    }

    private static List<string> ObjectSamples(string prefix, Policy policy)
    {
        var samples = new List<string> { prefix + ProbeObject };
        foreach (var pattern in policy.NamedResources)
        {
            if (samples.Count > MaxObjectSamples) break;
            if (!pattern.StartsWith(prefix, StringComparison.Ordinal) || pattern.Contains("${", StringComparison.Ordinal)) continue;
            var sample = pattern.Replace("*", ProbeObject, StringComparison.Ordinal).Replace('?', 'x');
            if (!samples.Contains(sample)) samples.Add(sample);
        }

        return samples;
    }

    private static string? AccountOf(string value)
    {
        if (IsAccountId(value)) return value;
        var parts = value.Split(':', 6);
        return parts.Length == 6 && parts[0] == "arn" && IsAccountId(parts[4]) ? parts[4] : null;
    }

    private static bool IsAccountId(string value) => value.Length == 12 && value.All(char.IsAsciiDigit);
}
