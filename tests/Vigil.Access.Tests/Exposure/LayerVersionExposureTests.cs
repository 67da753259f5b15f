using Vigil.Access.Exposure;
using Vigil.Core.Model.Lambda;
using static Vigil.Access.Tests.Exposure.ExposureEstate;

namespace Vigil.Access.Tests.Exposure;

/// <summary>Lambda layer versions, with policies as AddLayerVersionPermission writes them.</summary>
public sealed class LayerVersionExposureTests
{
    private const string Arn = $"arn:aws:lambda:eu-west-1:{Owner}:layer:shared-libs:3";

    [Fact]
    public void Analyse_LayerSharedWithAStrangerAccount_IsExternalWithGetLayerVersion()
    {
        var report = Analyse(Estate(Policy(Allow(Account(Stranger), "lambda:GetLayerVersion", Arn))));

        var resource = Single(report, Arn);
        Assert.Equal("AWS::Lambda::LayerVersion", resource.ResourceType);
        var grant = Assert.Single(resource.Grants);
        Assert.Equal((ReachedBy.Account, Stranger, ExposureLabel.External), (grant.ReachedBy, grant.Account, grant.Label));
        Assert.Equal(["lambda:GetLayerVersion"], Actions(grant));
    }

    [Fact]
    public void Analyse_LayerSharedWithEveryone_IsPublic()
    {
        var report = Analyse(Estate(Policy(Allow("\"*\"", "lambda:GetLayerVersion", Arn))));

        var grant = Assert.Single(Single(report, Arn).Grants);
        Assert.Equal((ReachedBy.AnyAwsPrincipal, ExposureLabel.Public), (grant.ReachedBy, grant.Label));
        Assert.Empty(grant.Conditions);
    }

    [Fact]
    public void Analyse_LayerSharedWithTheOrganization_IsLabelledOrganizationWithTheCondition()
    {
        var condition = $$$"""{"StringEquals":{"aws:PrincipalOrgID":"{{{Organization}}}"}}""";
        var report = Analyse(Estate(Policy(Allow("\"*\"", "lambda:GetLayerVersion", Arn, condition))));

        var grant = Assert.Single(Single(report, Arn).Grants);
        Assert.Equal(ExposureLabel.Organization, grant.Label);
        var only = Assert.Single(grant.Conditions);
        Assert.Equal(("aws:PrincipalOrgID", Organization), (only.Key, only.Values.Single()));
    }

    [Fact]
    public void Analyse_LayerSharedWithAForeignOrganization_IsExternal()
    {
        var condition = """{"StringEquals":{"aws:PrincipalOrgID":"o-theirs"}}""";
        var report = Analyse(Estate(Policy(Allow("\"*\"", "lambda:GetLayerVersion", Arn, condition))));

        var grant = Assert.Single(Single(report, Arn).Grants);
        Assert.Equal(ExposureLabel.External, grant.Label);
    }

    [Fact]
    public void Analyse_LayerWithoutPolicyOrSharedWithTheOwnAccount_ReportsNothing()
    {
        Assert.Empty(Analyse(Estate(null)).Resources);
        Assert.Empty(Analyse(Estate(Policy(Allow(Account(Owner), "lambda:GetLayerVersion", Arn)))).Resources);
    }

    [Fact]
    public void Analyse_UnreadableLayerPolicy_IsAProblemNotSilence()
    {
        var layer = Layer(null) with { Unreadable = ["Policy"] };
        var report = Analyse(With(s => s with { LambdaLayerVersions = [layer] }));

        var resource = Single(report, Arn);
        Assert.Empty(resource.Grants);
        Assert.Contains("layer version policy could not be read", Assert.Single(resource.Problems));
    }

    private static Core.Model.Snapshot Estate(string? policy) => With(s => s with { LambdaLayerVersions = [Layer(policy)] });

    private static LambdaLayerVersion Layer(string? policy) => new()
    {
        Arn = Arn, Name = "shared-libs:3", LayerName = "shared-libs", Version = 3, AccountId = Owner, Region = "eu-west-1", Policy = policy,
    };
}
