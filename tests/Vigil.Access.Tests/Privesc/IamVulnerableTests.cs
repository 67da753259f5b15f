using Vigil.Access.Privesc;

namespace Vigil.Access.Tests.Privesc;

/// <summary>iam-vulnerable's 31 paths are all found; its tool-testing false negatives are found and its false positives are not.</summary>
public sealed class IamVulnerableTests
{
    private static readonly Lazy<PrivescReport> WithAssumedResources = new(() => IamVulnerableEstate.Build().Analyze(assumeUncollected: true));
    private static readonly Lazy<PrivescReport> CollectedOnly = new(() => IamVulnerableEstate.Build().Analyze());

    public static TheoryData<int, string> Paths
    {
        get
        {
            var data = new TheoryData<int, string>();
            foreach (var (path, user, _) in IamVulnerableEstate.Paths) data.Add(path, user);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Path_IsFound(int path, string user)
    {
        var verdict = WithAssumedResources.Value.Find(IamVulnerableEstate.Exerciser(path, user))!;

        Assert.True(verdict.CanEscalate, $"path {path} ({user}) not found");
        Assert.NotNull(verdict.ReachedAdmin);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Path_WithoutAssumedResources_IsFoundUnlessItNeedsAnUncollectedResource(int path, string user)
    {
        var verdict = CollectedOnly.Value.Find(IamVulnerableEstate.Exerciser(path, user))!;

        Assert.Equal(!IamVulnerableEstate.NeedUncollectedResources.Contains(path), verdict.CanEscalate);
    }

    [Fact]
    public void AssumeRoleChain_GoesThroughEveryRole()
    {
        var verdict = CollectedOnly.Value.Find(TestEstate.UserArn("privesc-assumerole-start-user"))!;

        Assert.Equal(
            ["privesc-assumerole-starting-role", "privesc-assumerole-intermediate-role", "privesc-assumerole-ending-role"],
            verdict.Path.Select(s => s.To.Split('/')[^1]));
        Assert.All(verdict.Path, s => Assert.Equal("sts-assume-role", s.Technique.Id));
        Assert.Equal(TestEstate.RoleArn("privesc-assumerole-ending-role"), verdict.ReachedAdmin);
    }

    [Theory]
    [InlineData("fn1-privesc3-partial-user", "passrole-ec2-run-instances")]
    [InlineData("fn2-exploitableResourceConstraint-user", "iam-create-policy-version")]
    [InlineData("fn3-exploitableConditionConstraint-user", "iam-create-policy-version")]
    [InlineData("fn4-exploitableNotAction-user", "iam-put-user-policy")]
    public void FalseNegativeCase_IsFound(string user, string technique)
    {
        var verdict = CollectedOnly.Value.Find(TestEstate.UserArn(user))!;

        Assert.True(verdict.CanEscalate, user);
        Assert.Equal(technique, verdict.Path[^1].Technique.Id);
    }

    [Theory]
    [InlineData("user/fp1-allow-and-deny-user")]
    [InlineData("user/fp2-allow-and-deny-multiple-policies-user")]
    [InlineData("role/fp2-allow-and-deny-multiple-policies-role")]
    [InlineData("user/fp3-deny-user")]
    [InlineData("user/fp4-nonExploitableResourceConstraint-user")]
    [InlineData("user/fp5-nonExploitableConditionConstraint-user")]
    [InlineData("role/privesc-permissive-role-trust")]
    [InlineData("user/permissive-trust-caller")]
    public void FalsePositiveCase_IsNotReported(string principal)
    {
        var verdict = CollectedOnly.Value.Find($"arn:aws:iam::{TestEstate.Account}:{principal}")!;

        Assert.False(verdict.IsAdmin);
        Assert.False(verdict.CanEscalate, principal);
    }

    [Fact]
    public void EveryPathRoleTwin_TrustingTheAccount_AlsoEscalatesWhenItsPermissionsAreUsableAsARole()
    {
        var verdict = CollectedOnly.Value.Find(TestEstate.RoleArn("privesc12-PutRolePolicy-role"))!;

        Assert.True(verdict.CanEscalate);
        Assert.Equal("iam-put-role-policy", verdict.Path[0].Technique.Id);
        Assert.Equal(verdict.Arn, verdict.Path[0].To);
    }
}
