namespace Vigil.Iam.Tests.Properties;

/// <summary>
/// Requests that only a resource policy can admit (iam.md §2.2 and §2.4): across accounts both sides must allow;
/// anonymous and service principals have no identity side; KMS key policies and role trust policies must allow themselves.
/// </summary>
public sealed class ResourceSideProperties
{
    [Fact]
    public void ACrossAccountAllow_NeedsTheResourcePolicy_AndTheIdentityPolicies()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.Case, c =>
        {
            if (!Vocabulary.IsIamIdentity(c.Principal) || Vocabulary.AccountOf(c.Principal) == Owner(c)) return "not an IAM identity of another account";
            if (c.Decide() != Decision.Allowed) return "cross-account, not allowed";
            var withoutResourcePolicy = c with { ResourcePolicy = null };
            Assert.True(withoutResourcePolicy.Decide() != Decision.Allowed, $"a cross-account request was allowed without a resource policy:{Environment.NewLine}{withoutResourcePolicy}");
            var withoutIdentityPolicies = c with { Identity = [] };
            Assert.True(withoutIdentityPolicies.Decide() != Decision.Allowed, $"a cross-account request was allowed without identity policies:{Environment.NewLine}{withoutIdentityPolicies}");
            return "cross-account, allowed";
        });

        tally.RequireShare("cross-account, allowed", 1);
    }

    [Fact]
    public void AnonymousAndServicePrincipals_AreAllowedOnlyByAResourcePolicy()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.Case, c =>
        {
            if (Vocabulary.AccountOf(c.Principal) is not null) return "has an account";
            var decision = c.Decide();
            var withoutResourcePolicy = c with { ResourcePolicy = null };
            Assert.True(withoutResourcePolicy.Decide() != Decision.Allowed, $"{c.Principal} was allowed without a resource policy:{Environment.NewLine}{withoutResourcePolicy}");
            return $"no account, {DecisionText.Of(decision)}";
        });

        tally.RequireShare("no account, allowed", 1);
    }

    [Fact]
    public void KeyAndTrustPolicies_MustAllowTheRequestThemselves()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.Case, c =>
        {
            if (c.Action is not ("kms:Decrypt" or "sts:AssumeRole")) return "no key or trust policy";
            var decision = c.Decide();
            var withoutResourcePolicy = c with { ResourcePolicy = null };
            Assert.True(withoutResourcePolicy.Decide() != Decision.Allowed, $"{c.Action} was allowed without a key or trust policy:{Environment.NewLine}{withoutResourcePolicy}");
            return $"{c.Action} {DecisionText.Of(decision)}";
        });

        tally.RequireShare("kms:Decrypt allowed", 1);
        tally.RequireShare("sts:AssumeRole allowed", 1);
    }

    private static string? Owner(PolicyCase c) => c.ResourceAccount ?? Vocabulary.AccountOf(c.Resource);
}
