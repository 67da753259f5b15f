namespace Vigil.Iam.Tests.Properties;

/// <summary>
/// NotAction and NotResource match everything not listed, so within the closed universe of actions and resources that
/// requests are drawn from, Action: A says the same as NotAction: (universe minus what A matches), and so for resources.
/// </summary>
public sealed class ComplementProperties
{
    [Fact]
    public void EveryActionList_AgreesWithNotActionOverItsComplement()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.Case, c =>
        {
            var converted = 0;
            var rewritten = c.MapStatements(s =>
            {
                var complement = Vocabulary.Actions.Where(a => !s.Actions.Any(p => Wildcard.MatchesAction(p, a))).ToList();
                if (complement.Count == 0) return [s];
                converted++;
                return [s with { NotAction = !s.NotAction, Actions = complement }];
            });
            var decision = Expect.SameOutcome(c, rewritten, "swapping Action and NotAction over the complement of each list");
            return converted > 0 ? $"{decision}, converted" : "nothing to convert";
        });

        tally.RequireShare("allowed, converted", 10);
        tally.RequireShare("explicitDeny, converted", 10);
        tally.RequireShare("implicitDeny, converted", 10);
    }

    [Fact]
    public void EveryResourceList_AgreesWithNotResourceOverItsComplement()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.Case, c =>
        {
            var converted = 0;
            var rewritten = c.MapStatements(s =>
            {
                if (s.Resources.Any(r => r.Contains("${", StringComparison.Ordinal))) return [s];
                var complement = Vocabulary.Resources.Where(r => !s.Resources.Any(p => Wildcard.MatchesResource(p, r))).ToList();
                if (complement.Count == 0) return [s];
                converted++;
                return [s with { NotResource = !s.NotResource, Resources = complement }];
            });
            var decision = Expect.SameOutcome(c, rewritten, "swapping Resource and NotResource over the complement of each list");
            return converted > 0 ? $"{decision}, converted" : "nothing to convert";
        });

        tally.RequireShare("allowed, converted", 10);
        tally.RequireShare("explicitDeny, converted", 10);
        tally.RequireShare("implicitDeny, converted", 10);
    }
}
