using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CsCheck;

namespace Vigil.Iam.Tests.Properties;

/// <summary>CsCheck generators for valid policies and authorization requests over <see cref="Vocabulary"/>.</summary>
internal static class PolicyGenerators
{
    private static readonly ConcurrentDictionary<(PolicyKind Kind, CaseTarget? Target, bool? Allow), Gen<GeneratedStatement>> Statements = new();

    private static readonly Gen<string> Principal = Gen.OneOf(Vocabulary.Principals);

    private static readonly Gen<string> Action = Gen.OneOf(Vocabulary.Actions);

    private static readonly Gen<string> ResourcePattern = Gen.OneOf(Vocabulary.ResourcePatterns);

    private static readonly Gen<GeneratedCondition> Condition =
        from choice in Gen.OneOf(Vocabulary.Conditions)
        from values in Gen.OneOf(choice.ValueLists)
        select new GeneratedCondition(choice.Operator, choice.Key, values);

    /// <summary>No clause most of the time, otherwise one or two on different operator and key pairs.</summary>
    private static readonly Gen<IReadOnlyList<GeneratedCondition>> Conditions =
        Gen.Frequency((12, Gen.Const(0)), (6, Gen.Const(1)), (2, Gen.Const(2)))
            .SelectMany(n => Condition.Array[n])
            .Select(clauses => (IReadOnlyList<GeneratedCondition>)clauses
                .DistinctBy(c => (c.Operator.ToLowerInvariant(), c.Key.ToLowerInvariant())).ToList());

    private static Gen<GeneratedPrincipal> PrincipalElementFor(CaseTarget? target) =>
        Gen.Frequency(
            (2, Gen.Const(GeneratedPrincipal.Star)),
            (8, Aimed(Gen.OneOf(Vocabulary.PrincipalEntries), target is null ? [] : Vocabulary.EntriesNaming(target.Principal)).Array[1, 3]
                .Select(entries => new GeneratedPrincipal(false, entries.Distinct().ToList()))));

    /// <summary>Each key is absent half of the time, otherwise one of its values.</summary>
    private static readonly Gen<Dictionary<string, IReadOnlyList<string>>> Context =
        Gen.Int[0, 1 << 20].Array[Vocabulary.ContextKeys.Length].Select(picks =>
        {
            var context = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            for (var i = 0; i < picks.Length; i++)
            {
                var (key, values) = Vocabulary.ContextKeys[i];
                var pick = picks[i] % (2 * values.Length);
                if (pick >= values.Length) context[key] = values[pick - values.Length];
            }

            return context;
        });

    public static readonly Gen<PolicyCase> Case =
        from principal in Principal
        from action in Action
        from resource in Gen.OneOf(Vocabulary.ResourcesFor(action))
        from context in Context
        let target = new CaseTarget(principal, action, resource.Arn)
        from identity in Policy(PolicyKind.Identity, target).List[0, 3]
        from resourcePolicy in Maybe(Policy(PolicyKind.Resource, target), 50)
        from boundary in Maybe(Policy(PolicyKind.Boundary, target), 30)
        from session in Maybe(Policy(PolicyKind.Session, target), 40)
        from scps in Maybe(Levels(PolicyKind.Scp, target), 35)
        from rcps in Maybe(Levels(PolicyKind.Rcp, target), 30)
        select new PolicyCase(
            principal,
            action,
            resource.Arn,
            resource.Owner,
            context,
            principal.EndsWith(":root", StringComparison.Ordinal) ? [] : identity,
            resourcePolicy,
            Vocabulary.IsIamIdentity(principal) ? boundary : null,
            Vocabulary.IsSession(principal) ? session : null,
            scps,
            rcps).NumberStatements();

    /// <summary>A case and a seed for the random choices a property makes when it rewrites the case.</summary>
    public static readonly Gen<(PolicyCase Case, int Seed)> CaseAndSeed = Gen.Select(Case, Gen.Int);

    /// <summary>
    /// A statement fit for a policy of that kind (resource policies name principals; RCPs name "*", never allow and
    /// never use NotAction);
    /// with a target, two thirds of its actions, resources and principals are drawn from those that name the target.
    /// </summary>
    public static Gen<GeneratedStatement> Statement(PolicyKind kind, CaseTarget? target, bool? allow = null) =>
        Statements.GetOrAdd((kind, target, allow), key => BuildStatement(key.Kind, key.Target, key.Allow));

    private static Gen<GeneratedStatement> BuildStatement(PolicyKind kind, CaseTarget? target, bool? allow)
    {
        var allowPercent = allow switch { true => 100, false => 0, _ => kind == PolicyKind.Rcp ? 0 : 88 };
        var principal = kind switch
        {
            PolicyKind.Resource => PrincipalElementFor(target).Select(p => (GeneratedPrincipal?)p),
            PolicyKind.Rcp => Gen.Const<GeneratedPrincipal?>(GeneratedPrincipal.Star),
            _ => Gen.Const<GeneratedPrincipal?>((GeneratedPrincipal?)null),
        };
        // An RCP's Action must name a service: "*" alone is rejected (AWS Organizations User Guide, RCP syntax).
        var patterns = kind == PolicyKind.Rcp ? Vocabulary.ActionPatterns.Where(p => p != "*").ToArray() : Vocabulary.ActionPatterns;
        var actions = Aimed(Gen.OneOf(patterns), target is null ? [] : patterns.Where(p => Wildcard.MatchesAction(p, target.Action))).Array[1, 3];
        var resources = Aimed(ResourcePattern, target is null ? [] : Vocabulary.ResourcePatterns.Where(p => CouldMatch(p, target.Resource))).Array[1, 2];
        return from isAllow in Gen.Int[0, 99].Select(n => n < allowPercent)
               from notAction in Gen.Int[0, 9].Select(n => n == 0 && kind != PolicyKind.Rcp)
               from actionList in actions
               from notResource in Gen.Int[0, 11].Select(n => n == 0)
               from resourceList in resources
               from named in principal
               from notPrincipal in Gen.Int[0, 9].Select(n => n == 0 && kind == PolicyKind.Resource)
               from conditions in Conditions
               select new GeneratedStatement(
                   null,
                   isAllow,
                   notAction,
                   actionList.Distinct().ToList(),
                   notResource,
                   resourceList.Distinct().ToList(),
                   named,
                   notPrincipal && named is { IsStar: false },
                   conditions);
    }

    /// <summary>A statement aimed at the case's request, and where to add it: any kind of policy that applies to its principal.</summary>
    public static Gen<(PolicyKind Kind, int Position, GeneratedStatement Statement)> AdditionTo(PolicyCase c, bool allow)
    {
        List<PolicyKind> kinds = [PolicyKind.Resource, PolicyKind.Scp, PolicyKind.Rcp];
        if (!c.Principal.EndsWith(":root", StringComparison.Ordinal)) kinds.Add(PolicyKind.Identity);
        if (Vocabulary.IsIamIdentity(c.Principal)) kinds.Add(PolicyKind.Boundary);
        if (Vocabulary.IsSession(c.Principal)) kinds.Add(PolicyKind.Session);
        return from kind in Gen.OneOf(kinds.ToArray())
               from position in Gen.Int[0, 11]
               from statement in Statement(kind, c.Target, allow)
               select (kind, position, statement with { Sid = "Added" });
    }

    private static Gen<GeneratedPolicy> Policy(PolicyKind kind, CaseTarget? target) =>
        Statement(kind, target).List[1, 3].Select(statements => new GeneratedPolicy(statements));

    /// <summary>One to three organization levels; most levels carry the AWS-managed allow-all policy, as they do by default.</summary>
    private static Gen<IReadOnlyList<IReadOnlyList<GeneratedPolicy>>> Levels(PolicyKind kind, CaseTarget target)
    {
        var allowAll = kind == PolicyKind.Scp ? GeneratedPolicy.FullAwsAccess : GeneratedPolicy.RcpFullAwsAccess;
        var level =
            from managed in Gen.Int[0, 9].Select(n => kind == PolicyKind.Rcp || n < 8)
            from custom in Maybe(Policy(kind, target), 25)
            select (IReadOnlyList<GeneratedPolicy>)(managed ? custom is null ? [allowAll] : [allowAll, custom] : [custom ?? allowAll]);
        return level.List[1, 3].Select(levels => (IReadOnlyList<IReadOnlyList<GeneratedPolicy>>)levels);
    }

    /// <summary>Whether the pattern matches the resource for some value of its policy variables.</summary>
    private static bool CouldMatch(string pattern, string resource) =>
        Wildcard.MatchesResource(Regex.Replace(pattern, @"\$\{[^}]*\}", "*"), resource);

    private static Gen<T> Aimed<T>(Gen<T> any, IEnumerable<T> naming)
    {
        var aimed = naming.ToArray();
        return aimed.Length == 0 ? any : Gen.Frequency((1, any), (2, Gen.OneOf(aimed)));
    }

    private static Gen<T?> Maybe<T>(Gen<T> gen, int percent) where T : class =>
        Gen.Int[0, 99].SelectMany(n => n < percent ? gen.Select(v => (T?)v) : Gen.Const<T?>((T?)null));
}
