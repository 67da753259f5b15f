namespace Vigil.Iam.Tests.Properties;

/// <summary>Action names and condition key names are case-insensitive (iam.md, details the engine must get right).</summary>
public sealed class CaseInsensitivityProperties
{
    [Fact]
    public void RecasingActionNames_NeverChangesTheOutcome()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.CaseAndSeed, input =>
        {
            var random = new Random(input.Seed);
            var recased = input.Case.MapStatements(s => [s with { Actions = s.Actions.Select(a => Recase(a, random)).ToList() }])
                with { Action = Recase(input.Case.Action, random) };
            return Expect.SameOutcome(input.Case, recased, "recasing action names in the policies and the request");
        });

        tally.RequireShare("allowed", 10);
        tally.RequireShare("explicitDeny", 10);
    }

    [Fact]
    public void RecasingConditionKeys_NeverChangesTheOutcome()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.CaseAndSeed, input =>
        {
            var random = new Random(input.Seed);
            var recased = input.Case.MapStatements(s => [s with { Conditions = s.Conditions.Select(c => c with { Key = Recase(c.Key, random) }).ToList() }])
                with { Context = input.Case.Context.ToDictionary(e => Recase(e.Key, random), e => e.Value, StringComparer.Ordinal) };
            var decision = Expect.SameOutcome(input.Case, recased, "recasing condition keys in the policies and the request context");
            return input.Case.Statements().Any(s => s.Conditions.Count > 0) ? $"{decision}, with conditions" : decision;
        });

        tally.RequireShare("allowed, with conditions", 10);
        tally.RequireShare("explicitDeny, with conditions", 10);
        tally.RequireShare("implicitDeny, with conditions", 10);
    }

    private static string Recase(string text, Random random) =>
        string.Create(text.Length, (text, random), (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.text[i];
                span[i] = state.random.Next(2) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
            }
        });
}
