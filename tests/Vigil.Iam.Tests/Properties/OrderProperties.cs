namespace Vigil.Iam.Tests.Properties;

/// <summary>Policies are sets of statements and statements sets of values: no order in them carries meaning.</summary>
public sealed class OrderProperties
{
    [Fact]
    public void StatementOrder_AndPolicyOrder_NeverChangeTheOutcome()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.CaseAndSeed, input =>
        {
            var random = new Random(input.Seed);
            var c = input.Case.MapPolicies(p => new GeneratedPolicy(Shuffle(p.Statements, random)));
            var shuffled = c with
            {
                Identity = Shuffle(c.Identity, random),
                Scps = c.Scps is null ? null : Shuffle(c.Scps.Select(level => (IReadOnlyList<GeneratedPolicy>)Shuffle(level, random)).ToList(), random),
                Rcps = c.Rcps is null ? null : Shuffle(c.Rcps.Select(level => (IReadOnlyList<GeneratedPolicy>)Shuffle(level, random)).ToList(), random),
            };
            return Expect.SameOutcome(input.Case, shuffled, "shuffling statements, policies and organization levels");
        });

        tally.RequireShare("allowed", 10);
        tally.RequireShare("explicitDeny", 10);
    }

    [Fact]
    public void OrderOfValuesWithinAStatement_NeverChangesTheOutcome()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.CaseAndSeed, input =>
        {
            var random = new Random(input.Seed);
            var shuffled = input.Case.MapStatements(s => [s with
            {
                Actions = Shuffle(s.Actions, random),
                Resources = Shuffle(s.Resources, random),
                Principal = s.Principal is null ? null : s.Principal with { Entries = Shuffle(s.Principal.Entries, random) },
                Conditions = Shuffle(s.Conditions.Select(c => c with { Values = Shuffle(c.Values, random) }).ToList(), random),
            }]);
            return Expect.SameOutcome(input.Case, shuffled, "shuffling actions, resources, principals, conditions and condition values");
        });

        tally.RequireShare("allowed", 10);
        tally.RequireShare("explicitDeny", 10);
    }

    private static List<T> Shuffle<T>(IReadOnlyList<T> items, Random random)
    {
        var copy = items.ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(copy));
        return copy;
    }
}
