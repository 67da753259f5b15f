namespace Vigil.Iam.Tests.Properties;

/// <summary>A statement's Action, Resource and Principal lists are disjunctions, and a policy is a set of statements.</summary>
public sealed class SplittingProperties
{
    [Fact]
    public void SplittingAStatementIntoOnePerAction_ResourceAndPrincipal_NeverChangesTheOutcome()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.Case, c =>
        {
            var split = 0;
            var rewritten = c.MapStatements(s =>
            {
                var pieces = Split(s).ToList();
                if (pieces.Count > 1) split++;
                return pieces;
            });
            var decision = Expect.SameOutcome(c, rewritten, "splitting statements into one per action, resource and principal");
            return split > 0 ? $"{decision}, split" : "nothing to split";
        });

        tally.RequireShare("allowed, split", 10);
        tally.RequireShare("explicitDeny, split", 10);
        tally.RequireShare("implicitDeny, split", 10);
    }

    [Fact]
    public void DuplicatingStatementsAndPolicies_NeverChangesTheOutcome()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.CaseAndSeed, input =>
        {
            var random = new Random(input.Seed);
            var c = input.Case.MapStatements(s => random.Next(2) == 0 ? [s] : [s, s]);
            var rewritten = c with
            {
                Identity = [.. c.Identity.SelectMany(p => random.Next(3) == 0 ? new[] { p, p } : [p])],
                Scps = c.Scps?.Select(level => (IReadOnlyList<GeneratedPolicy>)[.. level, .. level.Take(random.Next(2))]).ToList(),
            };
            return Expect.SameOutcome(input.Case, rewritten, "duplicating statements and policies");
        });

        tally.RequireShare("allowed", 10);
        tally.RequireShare("explicitDeny", 10);
    }

    private static IEnumerable<GeneratedStatement> Split(GeneratedStatement s)
    {
        var actions = s.NotAction ? [s.Actions] : s.Actions.Select(a => (IReadOnlyList<string>)[a]);
        var resources = s.NotResource ? [s.Resources] : s.Resources.Select(r => (IReadOnlyList<string>)[r]);
        var principals = s.Principal is not { IsStar: false } named || s.NotPrincipal
            ? [s.Principal]
            : named.Entries.Select(e => (GeneratedPrincipal?)(named with { Entries = [e] }));
        return from a in actions
               from r in resources
               from p in principals.ToList()
               select s with { Actions = a, Resources = r, Principal = p };
    }
}
