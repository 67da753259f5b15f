using System.Runtime.CompilerServices;
using Vigil.Iam.Policies;

namespace Vigil.Iam.Discovery;

/// <summary>Copies of a policy with its conditions settled one way, built once per policy:
/// <see cref="Bare"/> keeps every statement without its conditions (statement i of the copy is statement i of the policy);
/// <see cref="Favourable"/> is the most permissive context (allows without conditions, conditional denies left out);
/// <see cref="Unconditional"/> keeps only what holds whatever the context grants (conditional allows left out, denies as written).</summary>
internal sealed class PolicyVariants
{
    private static readonly ConditionalWeakTable<Policy, PolicyVariants> Cache = new();

    private PolicyVariants(Policy policy)
    {
        var statements = policy.Statements;
        Bare = Copy(policy, statements.Select(WithoutConditions));
        Favourable = Copy(policy, statements.Where(s => s.IsAllow || s.Conditions.Length == 0).Select(WithoutConditions));
        Unconditional = Copy(policy, statements.Where(s => !s.IsAllow || s.Conditions.Length == 0));
    }

    public Policy Bare { get; }

    public Policy Favourable { get; }

    public Policy Unconditional { get; }

    public static PolicyVariants Of(Policy policy) => Cache.GetValue(policy, p => new PolicyVariants(p));

    private static Policy Copy(Policy policy, IEnumerable<Statement> statements) =>
        new(policy.Source, policy.Version, policy.Id, [.. statements]);

    private static Statement WithoutConditions(Statement statement) =>
        statement.Conditions.Length == 0
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
            };
}
