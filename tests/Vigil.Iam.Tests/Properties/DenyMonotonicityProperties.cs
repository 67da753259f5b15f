using CsCheck;

namespace Vigil.Iam.Tests.Properties;

/// <summary>An explicit deny in any policy overrides every allow (IAM User Guide, policy evaluation logic, step 1).</summary>
public sealed class DenyMonotonicityProperties
{
    [Fact]
    public void AddingADenyStatementAnywhere_NeverAllowsMore_AndNeverLosesAnExplicitDeny()
    {
        var gen = from c in PolicyGenerators.Case
                  from addition in PolicyGenerators.AdditionTo(c, allow: false)
                  select (Case: c, Addition: addition);

        var tally = PropertyRunner.Check(gen, input =>
        {
            var (kind, position, deny) = input.Addition;
            var before = input.Case.Decide();
            var changed = input.Case.AddStatement(kind, position, deny);
            var after = changed.Decide();
            Assert.True(after != Decision.Allowed || before == Decision.Allowed, $"adding a Deny to the {kind} policies turned {DecisionText.Of(before)} into {DecisionText.Of(after)}:{Environment.NewLine}{changed}");
            Assert.True(before != Decision.ExplicitDeny || after == Decision.ExplicitDeny, $"adding a Deny to the {kind} policies turned explicitDeny into {DecisionText.Of(after)}:{Environment.NewLine}{changed}");
            return $"{DecisionText.Of(before)} -> {DecisionText.Of(after)}";
        });

        tally.RequireShare("allowed -> explicitDeny", 3);
        tally.RequireShare("implicitDeny -> explicitDeny", 3);
        tally.RequireShare("allowed -> allowed", 3);
    }
}
