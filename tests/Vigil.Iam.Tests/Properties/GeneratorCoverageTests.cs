using Vigil.Iam.Evaluation;

namespace Vigil.Iam.Tests.Properties;

/// <summary>The generated cases reach every decision often enough for the properties over them to mean something.</summary>
public sealed class GeneratorCoverageTests
{
    [Fact]
    public void GeneratedCases_ReachEveryDecision()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.Case, c => DecisionText.Of(c.Decide()));

        tally.RequireShare("allowed", 15);
        tally.RequireShare("explicitDeny", 15);
        tally.RequireShare("implicitDeny", 25);
    }

    [Fact]
    public void GeneratedCases_ReachEveryDecision_ForEveryKindOfPrincipal()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.Case, c => $"{Kind(c.Principal)} {DecisionText.Of(c.Decide())}");

        foreach (var kind in Vocabulary.Principals.Select(Kind).Distinct())
        {
            tally.RequireShare($"{kind} allowed", 0.5);
            tally.RequireShare($"{kind} implicitDeny", 0.5);
            tally.RequireShare($"{kind} explicitDeny", 0.5);
        }
    }

    private static string Kind(string principal) => PrincipalInfo.Parse(principal).Kind.ToString();
}
