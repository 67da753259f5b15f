using Vigil.Access.Can;
using Vigil.Access.Principals;
using Vigil.Core.Model.Iam;
using Vigil.Iam;
using Vigil.Iam.Catalog;
using Vigil.Iam.Discovery;
using static Vigil.Access.Tests.WhoCan.AccessEstate;

namespace Vigil.Access.Tests.Can;

public sealed class CanAnalysisTests
{
    private static CanAnalysis Analysis(Core.Model.Snapshot? snapshot = null) => new(new PrincipalDirectory(snapshot ?? Build()), ActionCatalog.BuiltIn);

    private static CanAction Action(CanResult result, string action) =>
        result.Services.SelectMany(s => s.Levels).SelectMany(l => l.Actions).Single(a => a.Action == action);

    private static IEnumerable<string> Actions(CanResult result) =>
        result.Services.SelectMany(s => s.Levels).SelectMany(l => l.Actions).Select(a => a.Action);

    [Fact]
    public void Run_GroupGrantOnOneBucket_ListsTheActionsOnThosePatternsByAccessLevel()
    {
        var result = Analysis().Run(Alice, [])!;

        var s3 = Assert.Single(result.Services);
        Assert.Equal("s3", s3.Service);
        Assert.Equal(["List", "Read"], s3.Levels.Select(l => l.Level));
        var get = Action(result, "s3:GetObject");
        Assert.Equal((CanScope.SomeResources, ConditionalAccess.Allowed), (get.Scope, get.Access));
        Assert.Equal(["arn:aws:s3:::reports/*"], get.Resources);
        Assert.Equal(["arn:aws:s3:::reports"], Action(result, "s3:ListBucket").Resources);
    }

    [Fact]
    public void Run_ScpDeny_RemovesTheActionFromAnOtherwiseFullGrant()
    {
        var result = Analysis().Run(Writer, ["s3"])!;

        Assert.Contains("s3:PutObject", Actions(result));
        Assert.DoesNotContain("s3:DeleteObject", Actions(result));
        Assert.Equal(CanScope.AllResources, Action(result, "s3:PutObject").Scope);
        Assert.Contains(result.Services.Single().Levels, l => l.Level == "Permissions management");
    }

    [Fact]
    public void Run_PermissionsBoundary_LimitsAFullGrantToTheBoundary()
    {
        var result = Analysis().Run(Limited, ["s3", "ec2"])!;

        Assert.Equal(["ec2"], result.Services.Select(s => s.Service));
        Assert.Equal(CanScope.AllResources, Action(result, "ec2:RunInstances").Scope);
    }

    [Fact]
    public void Run_GrantUnderACondition_IsConditionalWithTheCondition()
    {
        var result = Analysis().Run(Bob, ["s3"])!;

        var get = Action(result, "s3:GetObject");
        Assert.Equal(ConditionalAccess.Conditional, get.Access);
        Assert.Equal("aws:MultiFactorAuthPresent", get.Grants.Single(g => g.Policy == "identity[0]").Conditions.Single().Key);
    }

    [Fact]
    public void Run_SessionPolicy_LimitsTheSession()
    {
        var session = Policy.Parse(Allow("s3:GetObject"), "session policy");

        var result = Analysis().Run(Writer, ["s3"], session)!;

        Assert.Equal(["s3:GetObject"], Actions(result));
        Assert.Equal($"arn:aws:sts::{AccountId}:assumed-role/writer/vigil-session", result.CallerArn);
    }

    [Fact]
    public void Run_DenyOnOnePattern_ListsItAsAnException()
    {
        var snapshot = Build() with
        {
            IamUsers = [new IamUser { Arn = Alice, Name = "alice", AccountId = AccountId, InlinePolicies = [new InlinePolicy("p", Doc("""
                {"Effect":"Allow","Action":"s3:GetObject","Resource":"*"},
                {"Effect":"Deny","Action":"s3:*","Resource":"arn:aws:s3:::secrets/*"},
                {"Effect":"Allow","Action":"s3:GetObjectt","Resource":"*"}
                """))] }],
        };

        var result = Analysis(snapshot).Run(Alice, [])!;

        Assert.Equal(["arn:aws:s3:::secrets/*"], Action(result, "s3:GetObject").ExceptResources);
        Assert.Equal(["s3:GetObjectt"], result.UnknownActions);
    }

    [Fact]
    public void Run_PrincipalNotInTheInput_IsNull()
    {
        Assert.Null(Analysis().Run($"arn:aws:iam::{AccountId}:user/nobody", []));
    }
}
