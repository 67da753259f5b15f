using Vigil.Iam.Policies;

namespace Vigil.Iam.Discovery;

/// <summary>Evaluates a request the way a "who can" or "what can" question needs it: as given, in the most favourable
/// context for the condition keys the request's context leaves open (every such Allow condition met, no Deny that
/// depends on one applying) and in a context that grants nothing through them (Allows that depend on one left out).
/// Keys the context has (facts of the principal, say) are evaluated as written in every case. The granting and denying statements come with their
/// conditions, so an answer can say under which conditions access holds.</summary>
public static class ConditionalEvaluator
{
    public static ConditionalResult Evaluate(AuthorizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var actual = Evaluator.Evaluate(request);
        var favourable = Evaluator.Evaluate(RequestPolicies.Replace(request, v => v.Favourable));
        var access = ConditionalAccess.Denied;
        if (favourable.Decision == Decision.Allowed)
        {
            var unconditional = Evaluator.Evaluate(RequestPolicies.Replace(request, v => v.Unconditional));
            access = unconditional.Decision == Decision.Allowed ? ConditionalAccess.Allowed : ConditionalAccess.Conditional;
        }

        var granting = favourable.Decision == Decision.Allowed
            ? favourable.MatchedStatements.Select(m => m.Policy).ToHashSet(StringComparer.Ordinal)
            : [];
        var grants = new List<StatementMatch>();
        var denies = new List<StatementMatch>();
        var possibleDenies = new List<StatementMatch>();
        foreach (var (label, policy) in RequestPolicies.Applying(request))
        {
            var bare = PolicyVariants.BareOf(policy).Statements;
            for (var i = 0; i < bare.Length; i++)
            {
                var statement = policy.Statements[i];
                if (statement.IsAllow && !granting.Contains(label)) continue;
                if (bare[i].Match(request) == PrincipalLevel.None) continue;
                var match = Describe(label, policy, statement, request);
                if (statement.IsAllow) grants.Add(match);
                else if (match.IsConditional) possibleDenies.Add(match);
                else denies.Add(match);
            }
        }

        return new ConditionalResult(actual, access, grants, possibleDenies, denies);
    }

    /// <summary>The statements of one policy that match the request's action, resource and principal whatever their
    /// conditions say (the label names the policy in the result).</summary>
    public static IReadOnlyList<StatementMatch> MatchingStatements(Policy policy, string label, AuthorizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(request);
        var bare = PolicyVariants.BareOf(policy).Statements;
        var matches = new List<StatementMatch>();
        for (var i = 0; i < bare.Length; i++)
        {
            if (bare[i].Match(request) != PrincipalLevel.None) matches.Add(Describe(label, policy, policy.Statements[i], request));
        }

        return matches;
    }

    private static StatementMatch Describe(string label, Policy policy, Statement statement, AuthorizationRequest request)
    {
        var context = request.Context;
        var conditions = statement.Conditions
            .Select(c => new ConditionDescription(c.Operator.Name, c.Key, c.Values, context.ContainsKey(c.Key) ? c.Evaluate(context) : null))
            .ToList();
        var hold = statement.Conditions.All(c => c.Evaluate(request.Context));
        return new StatementMatch(label, policy.Source, statement.Index, statement.Sid, statement.Effect, conditions, hold);
    }
}
