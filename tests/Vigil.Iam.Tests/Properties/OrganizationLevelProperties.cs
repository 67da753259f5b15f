namespace Vigil.Iam.Tests.Properties;

/// <summary>
/// Permissions boundaries, SCPs and RCPs never grant: they only cap. An allow-all one is the same as none; one that
/// allows nothing denies every request it applies to (iam.md §2, steps 2, 3 and 6).
/// </summary>
public sealed class OrganizationLevelProperties
{
    private static readonly GeneratedPolicy AllowsNothing = new([new GeneratedStatement("Unrelated", true, false, ["dynamodb:GetItem"], false, ["*"], null, false, [])]);

    [Fact]
    public void AnAllowAllBoundary_IsTheSameAsNoBoundary()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.Case, c =>
        {
            if (!Vocabulary.IsIamIdentity(c.Principal)) return "not an IAM identity";
            var without = c with { Boundary = null };
            var with = c with { Boundary = GeneratedPolicy.FullAwsAccess };
            if (!HasNotPrincipalDeny(c)) return Expect.SameDecision(without, with, "an allow-all permissions boundary");

            // A Deny with NotPrincipal denies every caller that has a permissions boundary (iam.md, details).
            var before = without.Decide();
            var after = with.Decide();
            Assert.True(after == before || after == Decision.ExplicitDeny, $"an allow-all boundary with a NotPrincipal Deny turned {DecisionText.Of(before)} into {DecisionText.Of(after)}:{Environment.NewLine}{with}");
            return "NotPrincipal deny";
        });

        tally.RequireShare("allowed", 10);
        tally.RequireShare("implicitDeny", 10);
        tally.RequireShare("explicitDeny", 5);
    }

    [Fact]
    public void AllowAllScpAndRcpLevels_AreTheSameAsNone()
    {
        var gen = PolicyGenerators.CaseAndSeed;
        var tally = PropertyRunner.Check(gen, input =>
        {
            var levels = 1 + (input.Seed & 3) % 3;
            var c = input.Case with { Scps = null, Rcps = null };
            var allowAll = c with
            {
                Scps = [.. Enumerable.Repeat((IReadOnlyList<GeneratedPolicy>)[GeneratedPolicy.FullAwsAccess], levels)],
                Rcps = [.. Enumerable.Repeat((IReadOnlyList<GeneratedPolicy>)[GeneratedPolicy.RcpFullAwsAccess], levels)],
            };
            return Expect.SameDecision(c, allowAll, $"{levels} allow-all SCP and RCP levels");
        });

        tally.RequireShare("allowed", 15);
        tally.RequireShare("explicitDeny", 10);
    }

    [Fact]
    public void AddingAnAllowAllLevel_ToExistingScpsAndRcps_ChangesNothing()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.Case, c =>
        {
            var extended = c with
            {
                Scps = c.Scps is null ? null : [.. c.Scps, [GeneratedPolicy.FullAwsAccess]],
                Rcps = c.Rcps is null ? null : [.. c.Rcps, [GeneratedPolicy.RcpFullAwsAccess]],
            };
            var decision = Expect.SameDecision(c, extended, "another allow-all SCP and RCP level");
            return c.Scps is null && c.Rcps is null ? "no organization policies" : decision;
        });

        tally.RequireShare("allowed", 5);
        tally.RequireShare("implicitDeny", 5);
        tally.RequireShare("explicitDeny", 5);
    }

    [Fact]
    public void AnScpLevelThatAllowsNothing_DeniesEveryPrincipalItAppliesTo()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.Case, c =>
        {
            var before = c.Decide();
            var changed = c with { Scps = [.. c.Scps ?? [], [AllowsNothing]] };
            var after = changed.Decide();
            var applies = Vocabulary.AccountOf(c.Principal) is not null && !Vocabulary.IsServiceLinkedRole(c.Principal);
            var expected = !applies ? before : before == Decision.ExplicitDeny ? Decision.ExplicitDeny : Decision.ImplicitDeny;
            Assert.True(after == expected, $"an SCP level that allows nothing turned {DecisionText.Of(before)} into {DecisionText.Of(after)}, not {DecisionText.Of(expected)} (SCPs apply: {applies}):{Environment.NewLine}{changed}");
            return $"{(applies ? "applies" : "does not apply")}, {DecisionText.Of(before)}";
        });

        tally.RequireShare("applies, allowed", 5);
        tally.RequireShare("does not apply, allowed", 1);
    }

    [Fact]
    public void ABoundaryThatAllowsNothing_LeavesOnlyWhatAResourcePolicyGrantsDirectly()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.Case, c =>
        {
            if (!Vocabulary.IsIamIdentity(c.Principal)) return "not an IAM identity";
            var without = c with { Boundary = null };
            var with = c with { Boundary = AllowsNothing };
            var before = without.Decide();
            var after = with.Decide();
            Assert.True(after != Decision.Allowed || before == Decision.Allowed, $"a boundary that allows nothing turned {DecisionText.Of(before)} into allowed:{Environment.NewLine}{with}");
            if (c.ResourcePolicy is null)
            {
                var expected = before == Decision.ExplicitDeny ? Decision.ExplicitDeny : Decision.ImplicitDeny;
                Assert.True(after == expected, $"without a resource policy, a boundary that allows nothing turned {DecisionText.Of(before)} into {DecisionText.Of(after)}, not {DecisionText.Of(expected)}:{Environment.NewLine}{with}");
            }

            return $"{DecisionText.Of(before)} -> {DecisionText.Of(after)}";
        });

        tally.RequireShare("allowed -> implicitDeny", 5);
        tally.RequireShare("allowed -> allowed", 0.5);
    }

    private static bool HasNotPrincipalDeny(PolicyCase c) => c.ResourcePolicy?.Statements.Any(s => s.NotPrincipal && !s.Allow) == true;
}
