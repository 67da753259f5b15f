using Vigil.Access.Privesc;

namespace Vigil.Access.Tests.Privesc;

/// <summary>Each technique works on its own, and is blocked by an unmeetable condition, a permissions boundary or an SCP.</summary>
public sealed class TechniqueTests
{
    private const string UnmeetableCondition = """{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}""";
    private static readonly string BoundaryArn = TestEstate.PolicyArn("attacker-boundary");

    [Theory]
    [MemberData(nameof(TechniqueCases.All), MemberType = typeof(TechniqueCases))]
    public void Technique_WhenAllowed_IsThePathToAdmin(TechniqueCase technique)
    {
        var attacker = Analyze(technique, Doc.Allow(technique.Actions), null, null);

        Assert.True(attacker.CanEscalate, $"{technique.Technique}: no path found");
        Assert.Contains(attacker.Path, step => step.Technique.Id == technique.Technique);
        var used = attacker.Path.SelectMany(s => s.Permissions).ToList();
        Assert.Contains(used, p => string.Equals(p.Action, technique.KeyAction, StringComparison.OrdinalIgnoreCase));
        Assert.All(used, p => Assert.Contains(p.Statements, s => s.StartsWith("inline main of", StringComparison.Ordinal) || s.Contains("policy/", StringComparison.Ordinal) || s.StartsWith("trust policy", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(TechniqueCases.All), MemberType = typeof(TechniqueCases))]
    public void Technique_WhenTheConditionCannotBeMet_IsNoPath(TechniqueCase technique)
    {
        var policy = Doc.Statements(
            Doc.Statement("Allow", [.. technique.Actions.Where(a => a != technique.KeyAction)]),
            Doc.Statement("Allow", [technique.KeyAction], condition: UnmeetableCondition));
        if (technique.Actions.Length == 1) policy = Doc.AllowWhen(UnmeetableCondition, technique.Actions);

        Assert.False(Analyze(technique, policy, null, null).CanEscalate, technique.Technique);
    }

    [Theory]
    [MemberData(nameof(TechniqueCases.All), MemberType = typeof(TechniqueCases))]
    public void Technique_WhenThePermissionsBoundaryLeavesOutTheKeyAction_IsNoPath(TechniqueCase technique)
    {
        var boundary = Doc.Statements(Doc.Statement("Allow", [technique.KeyAction], notAction: true));

        Assert.False(Analyze(technique, Doc.Allow(technique.Actions), BoundaryArn, boundary).CanEscalate, technique.Technique);
    }

    [Theory]
    [MemberData(nameof(TechniqueCases.All), MemberType = typeof(TechniqueCases))]
    public void Technique_WhenAnScpDeniesTheKeyActionToTheAttacker_IsNoPath(TechniqueCase technique)
    {
        var attackerArn = technique.AttackerIsRole ? TestEstate.RoleArn("attacker") : TestEstate.UserArn("attacker");
        var scp = Doc.Statements(Doc.Statement("Deny", [technique.KeyAction], condition: $$$"""{"ArnEquals":{"aws:PrincipalArn":"{{{attackerArn}}}"}}"""));

        Assert.False(Analyze(technique, Doc.Allow(technique.Actions), null, null, scp).CanEscalate, technique.Technique);
    }

    [Theory]
    [MemberData(nameof(TechniqueCases.All), MemberType = typeof(TechniqueCases))]
    public void Technique_WithoutItsPermissions_IsNoPath(TechniqueCase technique)
    {
        Assert.False(Analyze(technique, Doc.Allow("s3:GetObject"), null, null).CanEscalate, technique.Technique);
    }

    private static PrincipalEscalation Analyze(TechniqueCase technique, string policy, string? boundaryArn, string? boundary, string? scp = null)
    {
        var estate = new TestEstate();
        if (boundary is not null) estate.Policy(boundaryArn!, boundary);
        if (scp is not null) estate.Scp(scp);
        technique.Setup(new TestEstateHandle(estate, policy, boundaryArn));
        var report = estate.Analyze(technique.AssumeUncollected);
        var arn = technique.AttackerIsRole ? TestEstate.RoleArn("attacker") : TestEstate.UserArn("attacker");
        var attacker = report.Find(arn)!;
        Assert.False(attacker.IsAdmin);
        return attacker;
    }
}
