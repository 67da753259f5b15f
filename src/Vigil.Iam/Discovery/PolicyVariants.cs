using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Vigil.Iam.Conditions;
using Vigil.Iam.Policies;

namespace Vigil.Iam.Discovery;

/// <summary>Copies of a policy with the conditions on keys the request's context leaves open settled one way. A clause
/// is settled when its key is in the context (it is then evaluated as written) and open otherwise.
/// <see cref="Bare"/> keeps every statement without its conditions (statement i of the copy is statement i of the policy);
/// <see cref="Favourable"/> is the most permissive context (open clauses of allows met, denies with open clauses left out);
/// <see cref="Unconditional"/> grants nothing through open clauses (allows with open clauses left out, denies as written).
/// Built once per policy and set of settled keys.</summary>
internal sealed class PolicyVariants
{
    private static readonly ConditionalWeakTable<Policy, PolicyKeys> Cache = new();

    private PolicyVariants(Policy policy, Policy bare, Func<ConditionClause, bool> settled)
    {
        var statements = policy.Statements;
        Bare = bare;
        Favourable = Copy(policy, statements
            .Where(s => s.IsAllow || s.Conditions.All(settled))
            .Select(s => s.IsAllow ? WithConditions(s, [.. s.Conditions.Where(settled)]) : s));
        Unconditional = Copy(policy, statements.Where(s => !s.IsAllow || s.Conditions.All(settled)));
    }

    public Policy Bare { get; }

    public Policy Favourable { get; }

    public Policy Unconditional { get; }

    public static PolicyVariants Of(Policy policy, IReadOnlyDictionary<string, IReadOnlyList<string>> context)
    {
        var keys = Cache.GetValue(policy, p => new PolicyKeys(p));
        var settled = keys.Keys.Where(context.ContainsKey).Order(StringComparer.Ordinal).ToList();
        var signature = string.Join('\n', settled);
        return keys.Variants.GetOrAdd(signature, _ =>
        {
            var set = settled.ToHashSet(StringComparer.OrdinalIgnoreCase);
            return new PolicyVariants(policy, keys.Bare, c => set.Contains(c.Key));
        });
    }

    public static Policy BareOf(Policy policy) => Cache.GetValue(policy, p => new PolicyKeys(p)).Bare;

    private static Policy Copy(Policy policy, IEnumerable<Statement> statements) =>
        new(policy.Source, policy.Version, policy.Id, [.. statements]);

    private static Statement WithConditions(Statement statement, ConditionClause[] conditions) =>
        conditions.Length == statement.Conditions.Length
            ? statement
            : new Statement
            {
                Index = statement.Index,
                Sid = statement.Sid,
                IsAllow = statement.IsAllow,
                Actions = statement.Actions,
                NotAction = statement.NotAction,
                ActionValues = statement.ActionValues,
                Resources = statement.Resources,
                NotResource = statement.NotResource,
                ResourceValues = statement.ResourceValues,
                Principals = statement.Principals,
                NotPrincipal = statement.NotPrincipal,
                PrincipalValues = statement.PrincipalValues,
                Conditions = conditions,
            };

    /// <summary>The condition keys of one policy (lower case), its bare copy and its variants per set of settled keys.</summary>
    private sealed class PolicyKeys
    {
        public PolicyKeys(Policy policy)
        {
            Keys = [.. policy.Statements.SelectMany(s => s.Conditions).Select(c => c.Key.ToLowerInvariant()).Distinct()];
            Bare = Copy(policy, policy.Statements.Select(s => WithConditions(s, [])));
        }

        public IReadOnlyList<string> Keys { get; }

        public Policy Bare { get; }

        public ConcurrentDictionary<string, PolicyVariants> Variants { get; } = new(StringComparer.Ordinal);
    }
}
