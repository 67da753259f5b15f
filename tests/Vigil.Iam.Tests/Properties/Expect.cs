namespace Vigil.Iam.Tests.Properties;

/// <summary>Assertions that compare a case with a rewritten one and print the rewritten case when they differ.</summary>
internal static class Expect
{
    /// <summary>Both cases reach the same decision through the same statements; returns the decision as a label.</summary>
    public static string SameOutcome(PolicyCase original, PolicyCase rewritten, string rewrite)
    {
        var before = original.Outcome();
        var after = rewritten.Outcome();
        if (before != after) Assert.Fail($"{rewrite} changed the outcome from {before} to {after}. Rewritten case:{Environment.NewLine}{rewritten}");
        return before[..before.IndexOf(' ', StringComparison.Ordinal)];
    }

    /// <summary>Both cases reach the same decision; returns it as a label.</summary>
    public static string SameDecision(PolicyCase original, PolicyCase rewritten, string rewrite)
    {
        var before = original.Decide();
        var after = rewritten.Decide();
        if (before != after) Assert.Fail($"{rewrite} changed the decision from {DecisionText.Of(before)} to {DecisionText.Of(after)}. Rewritten case:{Environment.NewLine}{rewritten}");
        return DecisionText.Of(before);
    }
}
