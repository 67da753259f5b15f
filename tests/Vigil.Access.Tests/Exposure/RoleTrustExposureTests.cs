using Vigil.Access.Exposure;
using Vigil.Core.Model.Iam;
using static Vigil.Access.Tests.Exposure.ExposureEstate;

namespace Vigil.Access.Tests.Exposure;

public sealed class RoleTrustExposureTests
{
    private static IamRole Role(string trust) => new() { Arn = $"arn:aws:iam::{Owner}:role/deploy", Name = "deploy", AccountId = Owner, TrustPolicy = trust };

    [Fact]
    public void Analyse_TrustOfAStrangerAccountWithoutCondition_IsExternal()
    {
        var role = Role(Policy(Allow(Account(Stranger), "sts:AssumeRole", "*")));
        var grant = Assert.Single(Single(Analyse(With(s => s with { IamRoles = [role] })), role.Arn).Grants);

        Assert.Equal((ReachedBy.Account, ExposureLabel.External), (grant.ReachedBy, grant.Label));
        Assert.Contains("sts:AssumeRole", Actions(grant));
        Assert.Empty(grant.Conditions);
    }

    [Fact]
    public void Analyse_TrustWithExternalId_ReportsTheCondition()
    {
        var role = Role(Policy(Allow(Account(Stranger), "sts:AssumeRole", "*", """{"StringEquals":{"sts:ExternalId":"vendor-42"}}""")));
        var grant = Assert.Single(Single(Analyse(With(s => s with { IamRoles = [role] })), role.Arn).Grants);

        Assert.Equal("sts:ExternalId", Assert.Single(grant.Conditions).Key);
    }

    [Fact]
    public void Analyse_OidcTrust_IsReachedByTheProvidersUsers()
    {
        var provider = $"arn:aws:iam::{Owner}:oidc-provider/token.actions.githubusercontent.com";
        var role = Role(Policy(Allow($$"""{"Federated":"{{provider}}"}""", "sts:AssumeRoleWithWebIdentity", "*",
            """{"StringLike":{"token.actions.githubusercontent.com:sub":"repo:acme/*"}}""")));
        var grant = Assert.Single(Single(Analyse(With(s => s with { IamRoles = [role] })), role.Arn).Grants);

        Assert.Equal((ReachedBy.Federated, provider), (grant.ReachedBy, grant.Who));
        Assert.Contains(grant.Conditions, c => c.Key == "token.actions.githubusercontent.com:sub");
    }

    [Fact]
    public void Analyse_ServiceTrust_IsNotExposure()
    {
        var role = Role(Policy(Allow("""{"Service":"lambda.amazonaws.com"}""", "sts:AssumeRole", "*")));
        Assert.Empty(Analyse(With(s => s with { IamRoles = [role] })).Resources);
    }

    [Fact]
    public void Analyse_RoleWithoutTrustPolicy_IsAProblemNotClosed()
    {
        var role = Role(Policy("")) with { TrustPolicy = null };
        var exposed = Single(Analyse(With(s => s with { IamRoles = [role] })), role.Arn);

        Assert.Empty(exposed.Grants);
        Assert.Contains("trust policy was not collected", Assert.Single(exposed.Problems), StringComparison.Ordinal);
    }
}
