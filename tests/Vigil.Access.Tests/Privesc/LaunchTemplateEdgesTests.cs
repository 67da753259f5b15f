using Vigil.Access.Principals;
using Vigil.Access.Privesc;

namespace Vigil.Access.Tests.Privesc;

/// <summary>Technique 48 beyond the shared technique cases: which Auto Scaling group launches the new version, the attacker
/// launching it itself, roles that cannot run on EC2, and templates the snapshot did not read.</summary>
public sealed class LaunchTemplateEdgesTests
{
    private const string Technique = "ec2-launch-template-version";
    private const string UnmeetableCondition = """{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}""";
    private static readonly string[] SelfLaunch = ["ec2:CreateLaunchTemplateVersion", "ec2:RunInstances", "iam:PassRole"];

    [Fact]
    public void GroupAtLatest_NeedsOnlyANewVersion_AndTheStepNamesTheGroupAndProfile()
    {
        var attacker = Attacker(new TestEstate().AdminRole().LaunchTemplate("web", "admin-profile").AutoScalingGroup("web-asg", "web", "$Latest")
            .User("attacker", Doc.Allow("ec2:CreateLaunchTemplateVersion")));

        var step = Assert.Single(attacker.Path);
        Assert.Equal((Technique, 48, TestEstate.RoleArn("admin")), (step.Technique.Id, step.Technique.Number, step.To));
        var create = Assert.Single(step.Permissions);
        Assert.Equal(("ec2:CreateLaunchTemplateVersion", TestEstate.LaunchTemplateArn("lt-web")), (create.Action, create.Resource));
        Assert.Contains("Auto Scaling group web-asg", step.Detail, StringComparison.Ordinal);
        Assert.Contains("$Latest", step.Detail, StringComparison.Ordinal);
        Assert.Contains($"arn:aws:iam::{TestEstate.Account}:instance-profile/admin-profile", step.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupNamingTheTemplateByName_LaunchesIt_AndAProfileNotInTheSnapshotIsNoTarget()
    {
        var byName = Attacker(new TestEstate().AdminRole().LaunchTemplate("web", "admin-profile").AutoScalingGroup("web-asg", "web", "$Latest", byName: true)
            .User("attacker", Doc.Allow("ec2:CreateLaunchTemplateVersion")));
        var unknownProfile = Attacker(new TestEstate().AdminRole().LaunchTemplate("web", "gone-profile").AutoScalingGroup("web-asg", "web", "$Latest")
            .User("attacker", Doc.Allow("ec2:CreateLaunchTemplateVersion")));

        Assert.Equal(Technique, Assert.Single(byName.Path).Technique.Id);
        Assert.False(unknownProfile.CanEscalate);
    }

    [Fact]
    public void GroupAtDefault_WithoutModifyLaunchTemplate_IsNoPath()
    {
        var attacker = Attacker(new TestEstate().AdminRole().LaunchTemplate("web", "admin-profile").AutoScalingGroup("web-asg", "web", "$Default")
            .User("attacker", Doc.Allow("ec2:CreateLaunchTemplateVersion")));

        Assert.False(attacker.CanEscalate);
    }

    [Theory]
    [InlineData("3")]
    [InlineData(null)]
    public void GroupPinnedOrAbsent_NoLaunchPathWithoutRunInstances(string? pinned)
    {
        var estate = new TestEstate().AdminRole().LaunchTemplate("web", "admin-profile")
            .User("attacker", Doc.Allow("ec2:CreateLaunchTemplateVersion", "ec2:ModifyLaunchTemplate"));
        if (pinned is not null) estate.AutoScalingGroup("web-asg", "web", pinned);

        Assert.False(Attacker(estate).CanEscalate);
    }

    [Fact]
    public void ProfileRoleThatDoesNotTrustEc2_IsNoTarget()
    {
        var attacker = Attacker(new TestEstate()
            .Role("admin", Doc.Trust("lambda.amazonaws.com"), Doc.Everything, profile: "admin-profile")
            .LaunchTemplate("web", "admin-profile").AutoScalingGroup("web-asg", "web", "$Latest")
            .User("attacker", Doc.Allow("ec2:CreateLaunchTemplateVersion")));

        Assert.False(attacker.CanEscalate);
    }

    [Fact]
    public void TemplateOnlyAllowedByTag_IsDecidedOnTheTemplateArn()
    {
        var onlyOther = Doc.Statements(Doc.Statement("Allow", ["ec2:CreateLaunchTemplateVersion"], resource: TestEstate.LaunchTemplateArn("lt-other")));
        var attacker = Attacker(new TestEstate().AdminRole().LaunchTemplate("web", "admin-profile").AutoScalingGroup("web-asg", "web", "$Latest")
            .User("attacker", onlyOther));

        Assert.False(attacker.CanEscalate);
    }

    [Fact]
    public void SelfLaunch_UsesRunInstancesOnTheTemplateAndPassRole()
    {
        var steps = Edges(new TestEstate().AdminRole().LaunchTemplate("web", "admin-profile").User("attacker", Doc.Allow(SelfLaunch)));

        var step = Assert.Single(steps, s => s.Technique.Id == Technique);
        Assert.Equal(TestEstate.RoleArn("admin"), step.To);
        Assert.Equal(["ec2:CreateLaunchTemplateVersion", "iam:PassRole", "ec2:RunInstances", "ec2:RunInstances"], step.Permissions.Select(p => p.Action));
        var onTemplate = step.Permissions[3];
        Assert.Equal(TestEstate.LaunchTemplateArn("lt-web"), onTemplate.Resource);
        Assert.Equal(TestEstate.LaunchTemplateArn("lt-web"), onTemplate.RequestValues["ec2:LaunchTemplate"]);
        Assert.Equal("ec2.amazonaws.com", step.Permissions[1].RequestValues["iam:PassedToService"]);
        Assert.Contains("launches the new version of template web itself", step.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ec2:RunInstances")]
    [InlineData("iam:PassRole")]
    [InlineData("ec2:CreateLaunchTemplateVersion")]
    public void SelfLaunch_BlockedByACondition_ABoundaryOrAnScp_IsNoEdge(string key)
    {
        var conditioned = Doc.Statements(
            Doc.Statement("Allow", [.. SelfLaunch.Where(a => a != key)]),
            Doc.Statement("Allow", [key], condition: UnmeetableCondition));
        Assert.DoesNotContain(Edges(new TestEstate().AdminRole().LaunchTemplate("web", "admin-profile").User("attacker", conditioned)), s => s.Technique.Id == Technique);

        var boundaryArn = TestEstate.PolicyArn("attacker-boundary");
        var bounded = new TestEstate().AdminRole().LaunchTemplate("web", "admin-profile")
            .Policy(boundaryArn, Doc.Statements(Doc.Statement("Allow", [key], notAction: true)))
            .User("attacker", Doc.Allow(SelfLaunch), boundary: boundaryArn);
        Assert.DoesNotContain(Edges(bounded), s => s.Technique.Id == Technique);

        var guarded = new TestEstate().AdminRole().LaunchTemplate("web", "admin-profile")
            .Scp(Doc.Statements(Doc.Statement("Deny", [key], condition: $$$"""{"ArnEquals":{"aws:PrincipalArn":"{{{TestEstate.UserArn("attacker")}}}"}}""")))
            .User("attacker", Doc.Allow(SelfLaunch));
        Assert.DoesNotContain(Edges(guarded), s => s.Technique.Id == Technique);
    }

    [Fact]
    public void UnreadDefaultVersion_CountsOnlyWhenAssumingUncollectedResources()
    {
        TestEstate Estate() => new TestEstate().AdminRole().LaunchTemplate("web", null, read: false).AutoScalingGroup("web-asg", "web", "$Latest")
            .User("attacker", Doc.Allow("ec2:CreateLaunchTemplateVersion"));

        Assert.False(Estate().Analyze().Find(TestEstate.UserArn("attacker"))!.CanEscalate);
        var step = Assert.Single(Estate().Analyze(assumeUncollected: true).Find(TestEstate.UserArn("attacker"))!.Path);
        Assert.Equal(Technique, step.Technique.Id);
        Assert.StartsWith("assumed:", step.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void UnlistedTemplates_CountOnlyWhenAssumingUncollectedResources()
    {
        TestEstate Estate() => new TestEstate().AdminRole().LaunchTemplatesUnlisted()
            .User("attacker", Doc.Allow("ec2:CreateLaunchTemplateVersion", "ec2:ModifyLaunchTemplate"));

        Assert.False(Estate().Analyze().Find(TestEstate.UserArn("attacker"))!.CanEscalate);
        var step = Assert.Single(Estate().Analyze(assumeUncollected: true).Find(TestEstate.UserArn("attacker"))!.Path);
        Assert.Equal(Technique, step.Technique.Id);
        Assert.StartsWith("assumed:", step.Detail, StringComparison.Ordinal);
        Assert.Equal(["ec2:CreateLaunchTemplateVersion", "ec2:ModifyLaunchTemplate"], step.Permissions.Select(p => p.Action));
    }

    private static PrincipalEscalation Attacker(TestEstate estate) => estate.Analyze().Find(TestEstate.UserArn("attacker"))!;

    private static List<PrivescStep> Edges(TestEstate estate)
    {
        var privesc = new PrivescEstate(new PrincipalDirectory(estate.Build()), new PrivescOptions { Now = TestEstate.Now }, CancellationToken.None);
        var steps = new List<PrivescStep>();
        LaunchTemplateEdges.Find(privesc, privesc.ByArn[TestEstate.UserArn("attacker")], _ => true, steps);
        return steps;
    }
}
