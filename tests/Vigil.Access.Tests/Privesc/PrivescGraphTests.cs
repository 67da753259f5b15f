using Vigil.Access.Privesc;

namespace Vigil.Access.Tests.Privesc;

/// <summary>Paths over several steps, the administrator definition, what the snapshot cannot tell, and the attacker context.</summary>
public sealed class PrivescGraphTests
{
    private static readonly string AccountRoot = $"arn:aws:iam::{TestEstate.Account}:root";

    [Fact]
    public void Analyze_MultiHop_ReturnsTheShortestPathWithEveryStep()
    {
        var report = new TestEstate()
            .AdminRole()
            .Role("ci", Doc.Trust(TestEstate.UserArn("dev")), Doc.Allow("iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"))
            .Role("detour", Doc.Trust(TestEstate.UserArn("dev")), Doc.Allow("sts:AssumeRole"))
            .User("dev", Doc.Allow("sts:AssumeRole"))
            .Analyze();

        var dev = report.Find(TestEstate.UserArn("dev"))!;

        Assert.Equal(["sts-assume-role", "passrole-lambda-create-invoke"], dev.Path.Select(s => s.Technique.Id));
        Assert.Equal(TestEstate.RoleArn("admin"), dev.ReachedAdmin);
        var passRole = dev.Path[1].Permissions[0];
        Assert.Equal("iam:PassRole", passRole.Action);
        Assert.Equal(TestEstate.RoleArn("admin"), passRole.Resource);
        Assert.Equal("lambda.amazonaws.com", passRole.RequestValues["iam:PassedToService"]);
        Assert.Equal(["inline main of role/ci"], passRole.Statements);
    }

    [Fact]
    public void Analyze_AdministratorsAreNotEscalations_AndNotActionAdminCounts()
    {
        var report = new TestEstate()
            .User("root-like", Doc.Statements(Doc.Statement("Allow", ["billing:*"], notAction: true)))
            .User("poweruser", Doc.Statements(Doc.Statement("Allow", ["iam:*", "organizations:*"], notAction: true)))
            .Analyze();

        Assert.True(report.Find(TestEstate.UserArn("root-like"))!.IsAdmin);
        Assert.Empty(report.Find(TestEstate.UserArn("root-like"))!.Path);
        var power = report.Find(TestEstate.UserArn("poweruser"))!;
        Assert.False(power.IsAdmin);
        Assert.False(power.CanEscalate);
    }

    [Fact]
    public void Analyze_ScpCappedWildcard_IsNotAdmin_AndIsNoTarget()
    {
        var report = new TestEstate()
            .Scp(Doc.Statements(Doc.Statement("Deny", ["iam:*"], condition: """{"StringNotLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/break-glass"}}""")))
            .Role("capped", Doc.Trust(AccountRoot), Doc.Everything)
            .User("dev", Doc.Allow("sts:AssumeRole"))
            .Analyze();

        Assert.False(report.Find(TestEstate.RoleArn("capped"))!.IsAdmin);
        Assert.False(report.Find(TestEstate.UserArn("dev"))!.CanEscalate);
    }

    [Fact]
    public void Analyze_PolicyChangeOnABoundedRole_NeedsTheBoundaryRemovedToo()
    {
        var boundary = TestEstate.PolicyArn("dev-boundary");
        TestEstate Estate(params string[] actions) => new TestEstate()
            .Policy(boundary, Doc.Allow("s3:*", "iam:*"))
            .Role("attacker", Doc.Trust("ec2.amazonaws.com"), Doc.Allow(actions), boundary: boundary);

        Assert.False(Estate("iam:PutRolePolicy").Analyze().Find(TestEstate.RoleArn("attacker"))!.CanEscalate);
        var both = Estate("iam:PutRolePolicy", "iam:DeleteRolePermissionsBoundary").Analyze().Find(TestEstate.RoleArn("attacker"))!;
        Assert.True(both.CanEscalate);
        Assert.Equal(["iam:PutRolePolicy", "iam:DeleteRolePermissionsBoundary"], both.Path[0].Permissions.Select(p => p.Action));
    }

    [Fact]
    public void Analyze_BoundaryRemovalAlone_WhenOwnPoliciesGrantEverything()
    {
        var boundary = TestEstate.PolicyArn("dev-boundary");
        var report = new TestEstate()
            .Policy(boundary, Doc.Allow("s3:*", "iam:DeleteUserPermissionsBoundary"))
            .User("attacker", Doc.Everything, boundary: boundary)
            .Analyze();

        var attacker = report.Find(TestEstate.UserArn("attacker"))!;
        Assert.Equal("iam-remove-permissions-boundary", Assert.Single(attacker.Path).Technique.Id);
    }

    [Fact]
    public void Analyze_UncollectedResourceTypes_CountOnlyWhenAssumed()
    {
        var estate = new TestEstate().AdminRole().User("attacker", Doc.Allow("cloudformation:UpdateStack"));

        Assert.False(estate.Analyze().Find(TestEstate.UserArn("attacker"))!.CanEscalate);
        var assumed = estate.Analyze(assumeUncollected: true).Find(TestEstate.UserArn("attacker"))!;
        Assert.StartsWith("assumed:", Assert.Single(assumed.Path).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_RequestTagCondition_IsMetWithTheValueThePolicyNames()
    {
        var report = new TestEstate()
            .AdminRole()
            .User("attacker", Doc.Statements(
                Doc.Statement("Allow", ["iam:PassRole"]),
                Doc.Statement("Allow", ["lambda:CreateFunction", "lambda:InvokeFunction"], condition: """{"StringEquals":{"aws:RequestTag/team":"payments"}}""")))
            .Analyze();

        var attacker = report.Find(TestEstate.UserArn("attacker"))!;
        Assert.True(attacker.CanEscalate);
        Assert.Equal("payments", attacker.Path[0].Permissions[1].RequestValues["aws:RequestTag/team"]);
    }

    [Fact]
    public void Analyze_ResourceNamePattern_IsUsedForTheResourceTheAttackerCreates()
    {
        var report = new TestEstate()
            .AdminRole()
            .User("attacker", Doc.Statements(
                Doc.Statement("Allow", ["iam:PassRole"]),
                Doc.Statement("Allow", ["lambda:CreateFunction", "lambda:InvokeFunction"], $"arn:aws:lambda:eu-west-1:{TestEstate.Account}:function:ci-*")))
            .Analyze();

        var permission = report.Find(TestEstate.UserArn("attacker"))!.Path[0].Permissions[1];
        Assert.Equal($"arn:aws:lambda:eu-west-1:{TestEstate.Account}:function:ci-x", permission.Resource);
    }

    [Fact]
    public void Analyze_PassRoleToARoleThatDoesNotTrustTheService_IsNoPath()
    {
        var report = new TestEstate()
            .Role("admin", Doc.Trust("ec2.amazonaws.com"), Doc.Everything, profile: "admin-profile")
            .User("attacker", Doc.Allow("iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"))
            .Analyze();

        Assert.False(report.Find(TestEstate.UserArn("attacker"))!.CanEscalate);
    }

    [Fact]
    public void Analyze_PassRoleLimitedToAnotherService_IsNoPath()
    {
        var report = new TestEstate()
            .AdminRole()
            .User("attacker", Doc.Statements(
                Doc.Statement("Allow", ["iam:PassRole"], condition: """{"StringEquals":{"iam:PassedToService":"ecs-tasks.amazonaws.com"}}"""),
                Doc.Statement("Allow", ["lambda:CreateFunction", "lambda:InvokeFunction"])))
            .Analyze();

        Assert.False(report.Find(TestEstate.UserArn("attacker"))!.CanEscalate);
    }

    [Fact]
    public void Analyze_StoppedInstance_CannotBeReachedBySsmButByUserData()
    {
        var estate = new TestEstate().AdminRole().Instance("i-0stopped", "admin-profile", state: "stopped");

        Assert.False(estate.User("a", Doc.Allow("ssm:SendCommand")).Analyze().Find(TestEstate.UserArn("a"))!.CanEscalate);
        Assert.True(estate.User("b", Doc.Allow("ec2:ModifyInstanceAttribute", "ec2:StopInstances", "ec2:StartInstances")).Analyze().Find(TestEstate.UserArn("b"))!.CanEscalate);
    }

    [Fact]
    public void Analyze_UnreadableTrustPolicy_IsAProblemOfTheRole()
    {
        var report = new TestEstate().Role("odd", "{not json", Doc.Everything).Analyze();

        Assert.Contains(report.Find(TestEstate.RoleArn("odd"))!.Problems, p => p.Contains("trust policy", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_ServiceLinkedRole_IsNeverChanged()
    {
        var report = new TestEstate()
            .Role("AWSServiceRoleForSupport", Doc.Trust("support.amazonaws.com"), Doc.Allow("iam:PutRolePolicy"), path: "/aws-service-role/support.amazonaws.com/")
            .Analyze();

        Assert.False(Assert.Single(report.Principals).CanEscalate);
    }
}
