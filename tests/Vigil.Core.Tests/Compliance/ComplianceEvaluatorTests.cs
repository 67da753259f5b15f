using Vigil.Core.Checks;
using Vigil.Core.Compliance;
using Vigil.Core.Findings;
using Vigil.Core.Frameworks;
using Vigil.Core.Suppressions;
using Vigil.Core.Tests.Engine;
using Vigil.Testing;

namespace Vigil.Core.Tests.Compliance;

public sealed class ComplianceEvaluatorTests
{
    private static readonly ICheck Versioning = new VersioningCheck();
    private static readonly ICheck Anything = new AnythingCheck();

    private static Finding On(ICheck check, string bucket, FindingStatus status) =>
        new(check, TestResources.Bucket(bucket), status, status == FindingStatus.Pass ? null : "x");

    private static Framework Framework(params FrameworkRequirement[] requirements) =>
        new() { Id = "t", Name = "T", Version = "1", Requirements = requirements };

    private static FrameworkRequirement Requirement(string id, string section, params string[] checks) =>
        new() { Id = id, Title = "title " + id, Section = section, Checks = checks };

    private static FrameworkResult Evaluate(Framework framework, IReadOnlyList<Finding> findings, params string[] evaluated) =>
        Assert.Single(ComplianceEvaluator.Evaluate([framework], findings, evaluated));

    [Fact]
    public void Verdict_FailBeatsErrorBeatsManualBeatsPass()
    {
        var framework = Framework(Requirement("1", "A", "s3-test-versioning", "s3-test-anything"));
        FindingStatus VerdictOf(params (ICheck Check, FindingStatus Status)[] findings) =>
            Evaluate(framework, findings.Select((f, i) => On(f.Check, "b" + i, f.Status)).ToList(), "s3-test-versioning", "s3-test-anything")
                .Requirements[0].Status;

        Assert.Equal(FindingStatus.Fail, VerdictOf((Versioning, FindingStatus.Pass), (Anything, FindingStatus.Error), (Versioning, FindingStatus.Fail)));
        Assert.Equal(FindingStatus.Error, VerdictOf((Versioning, FindingStatus.Pass), (Anything, FindingStatus.Error), (Anything, FindingStatus.Manual)));
        Assert.Equal(FindingStatus.Manual, VerdictOf((Versioning, FindingStatus.Pass), (Anything, FindingStatus.Manual)));
        Assert.Equal(FindingStatus.Pass, VerdictOf((Versioning, FindingStatus.Pass), (Anything, FindingStatus.Pass)));
    }

    [Fact]
    public void RequirementWithoutChecks_IsManual()
    {
        var result = Evaluate(Framework(Requirement("1", "A")), [], "s3-test-versioning");
        Assert.Equal(FindingStatus.Manual, result.Requirements[0].Status);
        Assert.True(result.Requirements[0].Evaluated);
        Assert.Equal(1, result.Totals.Manual);
    }

    [Fact]
    public void MutedFailure_DoesNotFailTheRequirement_ButIsCounted()
    {
        var muted = On(Versioning, "legacy", FindingStatus.Fail).Muted(new MuteDecision("accepted", null, 1));
        var result = Evaluate(Framework(Requirement("1", "A", "s3-test-versioning")), [muted, On(Versioning, "ok", FindingStatus.Pass)], "s3-test-versioning");
        var requirement = result.Requirements[0];
        Assert.Equal(FindingStatus.Pass, requirement.Status);
        Assert.Equal(new StatusCounts(1, 0, 0, 0, 1), requirement.Findings);
    }

    [Fact]
    public void RequirementWhoseChecksWereNotSelected_IsNotEvaluatedAndNotScored()
    {
        var result = Evaluate(Framework(Requirement("1", "A", "s3-test-versioning"), Requirement("2", "A", "s3-test-anything")),
            [On(Versioning, "b", FindingStatus.Pass)], "s3-test-versioning");
        Assert.False(result.Requirements[1].Evaluated);
        Assert.Equal(new StatusCounts(1, 0, 0, 0, 0), result.Totals);
    }

    [Fact]
    public void Scores_PerSectionAndFramework_CountPassedAmongAssessedRequirements()
    {
        var framework = Framework(
            Requirement("1.1", "One", "s3-test-versioning"),
            Requirement("1.2", "One", "s3-test-anything"),
            Requirement("1.3", "One"),
            Requirement("2.1", "Two"));
        var result = Evaluate(framework, [On(Versioning, "a", FindingStatus.Fail), On(Anything, "a", FindingStatus.Pass)], "s3-test-versioning", "s3-test-anything");
        Assert.Equal(50.0, result.Totals.Score);
        Assert.Equal(["One", "Two"], result.Sections.Select(s => s.Name));
        Assert.Equal(new StatusCounts(1, 1, 0, 1, 0), result.Sections[0].Requirements);
        Assert.Null(result.Sections[1].Requirements.Score);
    }

    [Fact]
    public void CheckWithNoApplicableResources_PassesWithZeroFindings()
    {
        var result = Evaluate(Framework(Requirement("1", "A", "s3-test-versioning")), [], "s3-test-versioning");
        Assert.Equal(FindingStatus.Pass, result.Requirements[0].Status);
        Assert.Equal(0, result.Requirements[0].Findings.Total);
    }
}
