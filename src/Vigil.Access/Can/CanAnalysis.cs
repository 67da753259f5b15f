using Vigil.Access.Conditions;
using Vigil.Access.Principals;
using Vigil.Core.Model;
using Vigil.Core.Model.Iam;
using Vigil.Iam;
using Vigil.Iam.Catalog;
using Vigil.Iam.Discovery;

namespace Vigil.Access.Can;

/// <summary>Answers "what can this principal do": every action the catalog knows for the patterns its identity policies
/// allow (NotAction meaning every action), asked of the engine with its identity policies, boundary, SCPs and session
/// policy, on "*" and on each resource pattern its policies, boundary and SCPs name that fits one of the action's
/// resource types (<see cref="ResourceTypeFit"/>). An action
/// allowed on "*" is allowed on all resources (minus the named patterns where it is denied); one allowed only on some
/// patterns lists them. Resource policies are not part of this answer (who-can answers from the resource's side).</summary>
public sealed class CanAnalysis
{
    private readonly PrincipalDirectory _directory;
    private readonly ActionCatalog _catalog;

    public CanAnalysis(PrincipalDirectory directory, ActionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(catalog);
        _directory = directory;
        _catalog = catalog;
    }

    /// <summary>Null when the input has no user or role with this ARN.</summary>
    public CanResult? Run(string principalArn, IReadOnlyCollection<string> services, Policy? sessionPolicy = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(principalArn);
        ArgumentNullException.ThrowIfNull(services);
        if (_directory.PoliciesOf(principalArn) is not { } policies) return null;
        var caller = sessionPolicy is null ? principalArn : SessionArn(policies.Principal);
        var facts = PrincipalFacts.For(policies.Principal, _directory.Snapshot);
        var wanted = services.Count == 0 ? null : services.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var (actions, unknown) = CandidateActions(policies, wanted);
        var patterns = ResourcePatterns(policies, sessionPolicy);
        var problems = new List<string>(policies.Problems);

        ConditionalResult Ask(IamAction action, string resource)
        {
            var account = AccountOf(resource) ?? policies.AccountId;
            var organization = _directory.Organizations.For(account);
            foreach (var problem in organization.Problems)
            {
                if (!problems.Contains(problem)) problems.Add(problem);
            }

            return ConditionalEvaluator.Evaluate(new AuthorizationRequest
            {
                Principal = caller,
                Action = action.FullName,
                Resource = resource,
                ResourceAccount = account,
                IdentityPolicies = policies.IdentityPolicies,
                PermissionsBoundary = policies.PermissionsBoundary,
                Scps = policies.Scps,
                Rcps = organization.Rcps,
                SessionPolicy = sessionPolicy,
                Context = facts,
            });
        }

        var allowed = new List<(IamAction Action, CanAction Can)>();
        foreach (var action in actions)
        {
            var forService = patterns.Where(p => ResourceTypeFit.Fits(action, p)).ToList();
            if (Decide(action, forService, Ask) is { } can) allowed.Add((action, can));
        }

        var result = allowed
            .GroupBy(a => a.Action.ServicePrefix, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CanService(
                g.Key,
                _catalog.TryGetService(g.Key, out var service) ? service.ActionCount : 0,
                [.. g.GroupBy(a => a.Action.AccessLevel).OrderBy(l => l.Key).Select(l => new CanLevel(AccessLevelNames.Of(l.Key), [.. l.Select(a => a.Can)]))]))
            .ToList();
        return new CanResult
        {
            Principal = principalArn,
            CallerArn = caller,
            AccountId = policies.AccountId,
            Services = result,
            UnknownActions = unknown,
            Problems = problems,
        };
    }

    private static CanAction? Decide(IamAction action, List<string> patterns, Func<IamAction, string, ConditionalResult> ask)
    {
        var everywhere = ask(action, "*");
        var onPatterns = patterns.Select(p => (Pattern: p, Result: ask(action, p))).ToList();
        List<ConditionalResult> granting;
        CanAction can;
        if (everywhere.Access != ConditionalAccess.Denied)
        {
            granting = [everywhere];
            can = new CanAction
            {
                Action = action.FullName,
                Access = everywhere.Access,
                Scope = CanScope.AllResources,
                ExceptResources = [.. onPatterns.Where(p => p.Result.Access == ConditionalAccess.Denied).Select(p => p.Pattern)],
            };
        }
        else
        {
            var reached = onPatterns.Where(p => p.Result.Access != ConditionalAccess.Denied).ToList();
            if (reached.Count == 0) return null;
            granting = [.. reached.Select(p => p.Result)];
            can = new CanAction
            {
                Action = action.FullName,
                Access = reached.Any(p => p.Result.Access == ConditionalAccess.Allowed) ? ConditionalAccess.Allowed : ConditionalAccess.Conditional,
                Scope = CanScope.SomeResources,
                Resources = [.. reached.Select(p => p.Pattern)],
            };
        }

        return can with
        {
            Grants = Distinct(granting.SelectMany(r => r.Grants)),
            PossibleDenies = Distinct(granting.SelectMany(r => r.PossibleDenies)),
        };
    }

    private (IReadOnlyList<IamAction> Actions, IReadOnlyList<string> Unknown) CandidateActions(PrincipalPolicies policies, HashSet<string>? wanted)
    {
        var actions = new HashSet<IamAction>();
        var unknown = new List<string>();
        foreach (var policy in policies.IdentityPolicies)
        {
            foreach (var statement in StatementOutline.Of(policy).Where(s => s.IsAllow))
            {
                foreach (var pattern in statement.NotAction ? ["*"] : statement.Actions)
                {
                    var expanded = _catalog.Expand(pattern);
                    if (expanded.Count == 0 && !pattern.Contains('*', StringComparison.Ordinal) && !pattern.Contains('?', StringComparison.Ordinal))
                    {
                        if (!unknown.Contains(pattern, StringComparer.OrdinalIgnoreCase)) unknown.Add(pattern);
                        continue;
                    }

                    foreach (var action in expanded)
                    {
                        if (wanted is null || wanted.Contains(action.ServicePrefix)) actions.Add(action);
                    }
                }
            }
        }

        return ([.. actions.OrderBy(a => a.FullName, StringComparer.Ordinal)], unknown);
    }

    /// <summary>The resource patterns (other than "*") of every statement of the principal's identity policies, boundary,
    /// SCPs and session policy.</summary>
    private static List<string> ResourcePatterns(PrincipalPolicies policies, Policy? sessionPolicy)
    {
        var all = policies.IdentityPolicies.AsEnumerable();
        if (policies.PermissionsBoundary is { } boundary) all = all.Append(boundary);
        if (sessionPolicy is not null) all = all.Append(sessionPolicy);
        if (policies.Scps is { } scps) all = all.Concat(scps.SelectMany(level => level));
        return [.. all
            .SelectMany(StatementOutline.Of)
            .Where(s => !s.NotResource)
            .SelectMany(s => s.Resources)
            .Where(r => r != "*" && r.StartsWith("arn:", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)];
    }

    private static IReadOnlyList<StatementMatch> Distinct(IEnumerable<StatementMatch> statements) =>
        [.. statements.DistinctBy(s => (s.Policy, s.PolicySource, s.Index))];

    private static string SessionArn(Resource principal) => principal is IamRole role
        ? $"arn:aws:sts::{role.AccountId}:assumed-role/{role.Name}/vigil-session"
        : $"arn:aws:sts::{principal.AccountId}:federated-user/{principal.Name}";

    private static string? AccountOf(string resource)
    {
        var parts = resource.Split(':');
        return parts.Length > 4 && parts[4].Length == 12 && parts[4].All(char.IsAsciiDigit) ? parts[4] : null;
    }
}
