using Vigil.Access.Principals;
using Vigil.Access.WhoCan;
using Vigil.Iam.Discovery;
using Vigil.Core.Model.Lambda;
using static Vigil.Access.Tests.WhoCan.AccessEstate;

namespace Vigil.Access.Tests.WhoCan;

public sealed class WhoCanLayerVersionTests
{
    private const string Layer = $"arn:aws:lambda:us-east-1:{AccountId}:layer:shared-libs:3";

    [Fact]
    public void Run_LayerVersionSharedWithAPartner_ReportsThePartnerAccountFromTheLayerPolicy()
    {
        var policy = $$"""{"Version":"2012-10-17","Id":"default","Statement":[{"Sid":"partner","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{Partner}}:root"},"Action":"lambda:GetLayerVersion","Resource":"{{Layer}}"}]}""";
        var layer = new LambdaLayerVersion { Arn = Layer, Name = "shared-libs:3", LayerName = "shared-libs", Version = 3, AccountId = AccountId, Region = "us-east-1", Policy = policy };
        var snapshot = Build() with { LambdaLayerVersions = [layer] };

        var result = new WhoCanAnalysis(new PrincipalDirectory(snapshot)).Run("lambda:GetLayerVersion", Layer);

        Assert.Equal($"resource policy of {Layer}", result.ResourcePolicy);
        var partner = Assert.Single(result.Principals, p => p.Type == WhoCanPrincipalType.Account);
        Assert.Equal(($"arn:aws:iam::{Partner}:root", ConditionalAccess.Allowed, AccountRelation.External), (partner.Principal, partner.Access, partner.Relation));
        Assert.Contains(partner.Grants, g => g.Sid == "partner");
    }
}
