namespace Vigil.Iam.Tests.Properties;

/// <summary>A result names the statements that decided it: every matching Deny for an explicit deny, the matching Allows for an allow.</summary>
public sealed class DecisionReasonProperties
{
    [Fact]
    public void AnExplicitDeny_ListsItsDenyStatements_AndWithoutThemThereIsNoExplicitDeny()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.Case, c =>
        {
            var result = c.Evaluate();
            if (result.Decision != Decision.ExplicitDeny) return "not an explicit deny";
            Assert.True(result.MatchedStatements.Count > 0, $"an explicit deny named no statement:{Environment.NewLine}{c}");
            var sids = RequireListed(c, result, "Deny");
            var without = c.MapStatements(s => sids.Contains(s.Sid!) ? [] : [s]);
            var after = without.Decide();
            Assert.True(after != Decision.ExplicitDeny, $"removing the listed Deny statements [{string.Join(", ", sids)}] still left an explicit deny:{Environment.NewLine}{without}");
            return $"explicitDeny, then {DecisionText.Of(after)}";
        });

        tally.RequireShare("explicitDeny, then allowed", 3);
        tally.RequireShare("explicitDeny, then implicitDeny", 3);
    }

    [Fact]
    public void AnAllow_ListsItsAllowStatements_AndWithoutThemOnlyTheAccountRootIsStillAllowed()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.Case, c =>
        {
            var result = c.Evaluate();
            if (result.Decision != Decision.Allowed) return "not allowed";
            var root = c.Principal.EndsWith(":root", StringComparison.Ordinal);
            Assert.True(root || result.MatchedStatements.Count > 0, $"an allow named no statement:{Environment.NewLine}{c}");
            var sids = RequireListed(c, result, "Allow");
            var without = c.MapStatements(s => sids.Contains(s.Sid!) ? [] : [s]);
            var after = without.Decide();
            Assert.True(root || after != Decision.Allowed, $"removing the listed Allow statements [{string.Join(", ", sids)}] still allowed:{Environment.NewLine}{without}");
            return root ? "allowed, account root" : "allowed";
        });

        tally.RequireShare("allowed", 10);
        tally.RequireShare("allowed, account root", 1);
    }

    /// <summary>Checks that every listed statement exists in the policy it is said to come from, with the effect given, and returns their Sids.</summary>
    private static HashSet<string> RequireListed(PolicyCase c, AuthorizationResult result, string effect)
    {
        var policies = c.Policies().ToDictionary(p => p.Label, p => p.Policy, StringComparer.Ordinal);
        foreach (var matched in result.MatchedStatements)
        {
            Assert.True(matched.Effect == effect, $"a {DecisionText.Of(result.Decision)} listed a {matched.Effect} statement {matched.Sid} of {matched.Policy}:{Environment.NewLine}{c}");
            Assert.True(
                policies.TryGetValue(matched.Policy, out var policy) && policy.Statements.Any(s => s.Sid == matched.Sid && s.Effect == effect),
                $"the result names statement {matched.Sid} of {matched.Policy}, which holds no such {effect} statement:{Environment.NewLine}{c}");
        }

        return result.MatchedStatements.Select(m => m.Sid!).ToHashSet(StringComparer.Ordinal);
    }
}
