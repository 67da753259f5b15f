using CsCheck;

namespace Vigil.Iam.Tests.Properties;

/// <summary>
/// How a resource policy names the caller decides which other policies can still deny by not allowing (iam.md §2.1),
/// and NotPrincipal excludes a caller only when every identity that makes it up is listed, and never a caller with a
/// permissions boundary (iam.md, details).
/// </summary>
public sealed class PrincipalTypeProperties
{
    private static readonly Gen<PolicyCase> SameAccountCase =
        PolicyGenerators.Case.Where(c => Vocabulary.IsIamIdentity(c.Principal) && Vocabulary.AccountOf(c.Principal) == Owner(c));

    [Fact]
    public void NamingTheCallerDirectly_MakesIdentityBoundaryAndSessionAllowsIrrelevant()
    {
        var tally = PropertyRunner.Check(SameAccountCase, c =>
        {
            if (c.Principal.Contains(":role/", StringComparison.Ordinal)) return "a role, not named directly";
            var granted = c.AddStatement(PolicyKind.Resource, 0, Grant(c.Principal));
            var stripped = granted with
            {
                Identity = [.. granted.Identity.Select(WithoutAllows)],
                Boundary = granted.Boundary is null ? null : WithoutAllows(granted.Boundary),
                Session = granted.Session is null ? null : WithoutAllows(granted.Session),
            };
            return Expect.SameDecision(granted, stripped, "with the caller named in the resource policy, removing every Allow from its identity policies, boundary and session policy");
        });

        tally.RequireShare("allowed", 20);
        tally.RequireShare("explicitDeny", 10);
    }

    [Fact]
    public void NamingTheRole_MakesIdentityAllowsIrrelevant_ButTheBoundaryStillCaps()
    {
        var tally = PropertyRunner.Check(SameAccountCase, c =>
        {
            if (!c.Principal.Contains("role/app", StringComparison.Ordinal)) return "not the role app or its session";
            // The role's grant stands alone: another statement naming the session itself (or "*") would not be capped.
            var granted = c with { ResourcePolicy = new GeneratedPolicy([Grant("arn:aws:iam::111122223333:role/app")]) };
            var withoutIdentityAllows = granted with { Identity = [.. granted.Identity.Select(WithoutAllows)] };
            var decision = Expect.SameDecision(granted, withoutIdentityAllows, "with the role named in the resource policy, removing every Allow from its identity policies");
            var capped = granted with { Boundary = WithoutAllows(granted.Boundary ?? new GeneratedPolicy([])) };
            var after = capped.Decide();
            Assert.True(after != Decision.Allowed, $"with the role named in the resource policy, a boundary that allows nothing still allowed:{Environment.NewLine}{capped}");
            return decision;
        });

        tally.RequireShare("allowed", 5);
        tally.RequireShare("implicitDeny", 1);
    }

    [Fact]
    public void ADenyWithNotPrincipal_SparesOnlyCallersWhoseEveryIdentityIsListed()
    {
        var gen = from c in PolicyGenerators.Case
                  from listed in Gen.OneOf(Vocabulary.PrincipalEntries).Array[1, 4]
                  select (Case: c with { Boundary = null }, Listed: listed.Distinct().ToList());
        var tally = PropertyRunner.Check(gen, input =>
        {
            var (c, listed) = input;
            var deny = new GeneratedStatement("NotPrincipalDeny", false, false, ["*"], false, ["*"], new GeneratedPrincipal(false, listed), true, []);
            var changed = c.AddStatement(PolicyKind.Resource, 0, deny);
            if (Vocabulary.IsIamIdentity(c.Principal))
            {
                var bounded = changed with { Boundary = GeneratedPolicy.FullAwsAccess };
                var decision = bounded.Decide();
                Assert.True(decision == Decision.ExplicitDeny, $"a Deny with NotPrincipal did not deny a caller with a permissions boundary ({DecisionText.Of(decision)}):{Environment.NewLine}{bounded}");
            }

            var excluded = Excluded(c.Principal, listed);
            if (excluded) return Expect.SameDecision(c, changed, "a Deny with NotPrincipal listing every identity of the caller") + ", spared";
            var after = changed.Decide();
            Assert.True(after == Decision.ExplicitDeny, $"a Deny with NotPrincipal that does not list every identity of the caller gave {DecisionText.Of(after)}:{Environment.NewLine}{changed}");
            return "denied";
        });

        tally.RequireShare("denied", 30);
        tally.RequireShare("allowed, spared", 1);
    }

    /// <summary>Whether the list names every identity of the caller: its account (id or root ARN), its own ARN and, for a role session, its role.</summary>
    private static bool Excluded(string caller, IReadOnlyList<PrincipalEntry> listed)
    {
        var values = listed.Select(e => e.Value).ToHashSet(StringComparer.Ordinal);
        if (values.Contains("*")) return true;
        if (caller == "anonymous") return false;
        var account = Vocabulary.AccountOf(caller);
        if (account is null) return listed.Any(e => e.Type == "Service" && e.Value == caller);
        var accountListed = values.Contains(account) || values.Contains($"arn:aws:iam::{account}:root");
        if (caller.EndsWith(":root", StringComparison.Ordinal)) return accountListed;
        if (caller.Contains(":assumed-role/", StringComparison.Ordinal))
        {
            var role = $"arn:aws:iam::{account}:role/{caller.Split('/')[1]}";
            return accountListed && values.Contains(role) && values.Contains(caller);
        }

        return accountListed && values.Contains(caller);
    }

    private static GeneratedStatement Grant(string principal) =>
        new("Grant", true, false, ["*"], false, ["*"], new GeneratedPrincipal(false, [new PrincipalEntry("AWS", principal)]), false, []);

    private static GeneratedPolicy WithoutAllows(GeneratedPolicy policy) => policy.Map(s => s.Allow ? [] : [s]);

    private static string? Owner(PolicyCase c) => c.ResourceAccount ?? Vocabulary.AccountOf(c.Resource);
}
