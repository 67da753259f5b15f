using Vigil.Access.Principals;
using Vigil.Access.Privesc;
using Vigil.Core.Model.Iam;
using Vigil.Core.Model.Lambda;

namespace Vigil.Access.Tests.Privesc;

/// <summary>Another account's function is a takeover target exactly when its resource policy lets the attacker's account
/// (or anyone) change it; functions whose policy names other accounts are never tried.</summary>
public sealed class CrossAccountFunctionTests
{
    private const string Partner = "444455556666";
    private const string Stranger = "777788889999";

    private static IamRole AdminIn(string account) => new()
    {
        Arn = $"arn:aws:iam::{account}:role/admin", Name = "admin", AccountId = account, TrustPolicy = Doc.Trust("lambda.amazonaws.com"),
        InlinePolicies = [new InlinePolicy("main", Doc.Everything)],
    };

    private static LambdaFunction FunctionIn(string account, string name, string grantee) => new()
    {
        Arn = $"arn:aws:lambda:us-east-1:{account}:function:{name}", Name = name, AccountId = account, Region = "us-east-1",
        RoleArn = $"arn:aws:iam::{account}:role/admin",
        Policy = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{grantee}}:root"},"Action":"lambda:UpdateFunctionCode","Resource":"arn:aws:lambda:us-east-1:{{account}}:function:{{name}}"}]}""",
    };

    [Fact]
    public void AFunctionWhosePolicyNamesTheAttackersAccount_IsReached_OneNamingAnotherIsNot()
    {
        var snapshot = new TestEstate().User("dev", Doc.Allow("lambda:UpdateFunctionCode")).Build();
        snapshot = snapshot with
        {
            IamRoles = [.. snapshot.IamRoles, AdminIn(Partner), AdminIn(Stranger)],
            LambdaFunctions = [FunctionIn(Partner, "shared", TestEstate.Account), FunctionIn(Stranger, "private", "123412341234")],
        };
        var report = new PrivescAnalyzer(new PrincipalDirectory(snapshot), new PrivescOptions { Now = TestEstate.Now }).Analyze();

        var dev = report.Find(TestEstate.UserArn("dev"))!;
        Assert.True(dev.CanEscalate);
        var step = Assert.Single(dev.Path);
        Assert.Equal($"arn:aws:iam::{Partner}:role/admin", step.To);
        Assert.Equal("lambda-update-function-code", step.Technique.Id);
    }
}
