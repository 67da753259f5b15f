using CsCheck;

namespace Vigil.Iam.Tests.Properties;

/// <summary>Identity policies only grant: another Allow can widen a decision but never narrow it or lift a deny.</summary>
public sealed class AllowMonotonicityProperties
{
    [Fact]
    public void AddingAnAllowToAnIdentityPolicy_NeverDeniesWhatWasAllowed_AndNeverLiftsAnExplicitDeny()
    {
        var gen = from c in PolicyGenerators.Case
                  from position in Gen.Int[0, 3]
                  from allow in PolicyGenerators.Statement(PolicyKind.Identity, c.Target, allow: true)
                  select (Case: c, Position: position, Allow: allow with { Sid = "Added" });

        var tally = PropertyRunner.Check(gen, input =>
        {
            var before = input.Case.Decide();
            var changed = input.Case.AddStatement(PolicyKind.Identity, input.Position, input.Allow);
            var after = changed.Decide();
            Assert.True(before != Decision.Allowed || after == Decision.Allowed, $"adding an identity Allow turned allowed into {DecisionText.Of(after)}:{Environment.NewLine}{changed}");
            Assert.True(before != Decision.ExplicitDeny || after == Decision.ExplicitDeny, $"adding an identity Allow turned explicitDeny into {DecisionText.Of(after)}:{Environment.NewLine}{changed}");
            return $"{DecisionText.Of(before)} -> {DecisionText.Of(after)}";
        });

        tally.RequireShare("implicitDeny -> allowed", 3);
        tally.RequireShare("implicitDeny -> implicitDeny", 3);
        tally.RequireShare("explicitDeny -> explicitDeny", 3);
    }
}
