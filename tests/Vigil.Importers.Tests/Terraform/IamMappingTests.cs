namespace Vigil.Importers.Tests.Terraform;

public sealed class IamMappingTests
{
    [Fact]
    public async Task PolicyAttachedByReference_IsAttachedToTheRoleAndCountsTheAttachment()
    {
        var snapshot = await PlanFixture.ImportAsync("iam.plan.json");
        var policy = snapshot.IamPolicies.Single(p => p.Name == "break-glass-admin");
        var attached = Assert.Single(snapshot.IamRoles.Single(r => r.Name == "github-ci").AttachedPolicies);
        Assert.Equal(policy.Arn, attached.PolicyArn);
        Assert.Equal(1, policy.AttachmentCount);
        Assert.Equal("v1", policy.DefaultVersionId);
    }

    [Fact]
    public async Task ForEachAttachments_AttachEveryPolicy()
    {
        var snapshot = await PlanFixture.ImportAsync("iam.plan.json");
        Assert.Equal(
            ["AmazonSSMManagedInstanceCore", "CloudWatchAgentServerPolicy", "artifacts-read"],
            snapshot.IamRoles.Single(r => r.Name == "app-instance").AttachedPolicies.Select(p => p.PolicyName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task InstanceProfile_CarriesItsRole()
    {
        var snapshot = await PlanFixture.ImportAsync("iam.plan.json");
        var role = snapshot.IamRoles.Single(r => r.Name == "app-instance");
        var profile = snapshot.IamInstanceProfiles.Single();
        Assert.Equal([role.Arn], profile.RoleArns);
        Assert.Equal([profile.Arn], role.InstanceProfileArns);
    }

    [Fact]
    public async Task User_HasItsInlinePolicyAccessKeyAndGroup()
    {
        var snapshot = await PlanFixture.ImportAsync("iam.plan.json");
        var user = snapshot.IamUsers.Single();
        Assert.Equal("arn:aws:iam::000000000000:user/automation/deploy-bot", user.Arn);
        Assert.Equal("site-deploy", Assert.Single(user.InlinePolicies).PolicyName);
        Assert.True(Assert.Single(user.AccessKeys).IsActive);
        Assert.Equal(["operators"], user.Groups);
        Assert.False(user.HasConsolePassword);
    }

    [Fact]
    public async Task Group_HasItsAwsManagedPolicy()
    {
        var snapshot = await PlanFixture.ImportAsync("iam.plan.json");
        Assert.Equal("arn:aws:iam::aws:policy/ReadOnlyAccess", Assert.Single(snapshot.IamGroups.Single().AttachedPolicies).PolicyArn);
    }

    [Fact]
    public async Task Role_TrustPolicyIsTheDocumentOfThePlan()
    {
        var snapshot = await PlanFixture.ImportAsync("iam.plan.json");
        Assert.Contains("sts:AssumeRoleWithWebIdentity", snapshot.IamRoles.Single(r => r.Name == "github-ci").TrustPolicy, StringComparison.Ordinal);
    }
}
