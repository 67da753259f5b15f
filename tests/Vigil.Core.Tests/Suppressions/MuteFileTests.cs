using Vigil.Core.Checks;
using Vigil.Core.Findings;
using Vigil.Core.Suppressions;
using Vigil.Core.Tests.Engine;
using Vigil.Testing;

namespace Vigil.Core.Tests.Suppressions;

public sealed class MuteFileTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static Finding FailOn(string bucket, string account = TestResources.AccountId, string region = "us-east-1", Dictionary<string, string>? tags = null) =>
        new(new VersioningCheck(), TestResources.Bucket(bucket, account, region) with { Tags = tags ?? [] }, FindingStatus.Fail, "x");

    private static FindingStatus StatusAfter(string yaml, Finding finding) =>
        MuteFile.Parse(yaml, "mute.yaml").Apply([finding], Today).Findings[0].Status;

    [Fact]
    public void Rule_MatchingCheckPattern_MutesAndKeepsTheFinding()
    {
        var (findings, warnings) = MuteFile.Parse("rules:\n  - checks: [s3-test-*]\n    reason: accepted risk\n", "m").Apply([FailOn("a")], Today);
        var muted = Assert.Single(findings);
        Assert.Equal(FindingStatus.Muted, muted.Status);
        Assert.Equal(FindingStatus.Fail, muted.EffectiveStatus);
        Assert.Equal("accepted risk", muted.Mute!.Reason);
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("resources: ['arn:aws:s3:::legacy-*']", "legacy-1", true)]
    [InlineData("resources: ['arn:aws:s3:::legacy-*']", "current", false)]
    [InlineData("accounts: ['222222222222']", "a", false)]
    [InlineData("regions: [us-*]", "a", true)]
    [InlineData("tags: {env: sandbox}", "a", true)]
    [InlineData("tags: {env: prod}", "a", false)]
    public void Rule_Criteria(string criterion, string bucket, bool muted)
    {
        var yaml = $"rules:\n  - {criterion}\n    reason: r\n";
        var finding = FailOn(bucket, tags: new() { ["env"] = "sandbox" });
        Assert.Equal(muted ? FindingStatus.Muted : FindingStatus.Fail, StatusAfter(yaml, finding));
    }

    [Fact]
    public void Rule_AllCriteriaMustMatch()
    {
        const string yaml = "rules:\n  - checks: [s3-test-versioning]\n    regions: [eu-west-1]\n    reason: r\n";
        Assert.Equal(FindingStatus.Fail, StatusAfter(yaml, FailOn("a")));
        Assert.Equal(FindingStatus.Muted, StatusAfter(yaml, FailOn("a", region: "eu-west-1")));
    }

    [Fact]
    public void Rules_CombineWithOr()
    {
        const string yaml = "rules:\n  - regions: [eu-west-1]\n    reason: one\n  - accounts: ['111111111111']\n    reason: two\n";
        var finding = MuteFile.Parse(yaml, "m").Apply([FailOn("a")], Today).Findings[0];
        Assert.Equal("two", finding.Mute!.Reason);
        Assert.Equal(2, finding.Mute.RuleIndex);
    }

    [Fact]
    public void ExpiredRule_StopsMutingAndSaysSo()
    {
        const string yaml = "rules:\n  - checks: ['*']\n    reason: temporary\n    expires: 2026-11-21\n";
        var (findings, warnings) = MuteFile.Parse(yaml, "mute.yaml").Apply([FailOn("a")], Today);
        Assert.Equal(FindingStatus.Fail, findings[0].Status);
        Assert.Contains("expired on 2026-11-21", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void RuleExpiringToday_StillMutes() =>
        Assert.Equal(FindingStatus.Muted, StatusAfter("rules:\n  - checks: ['*']\n    reason: r\n    expires: 2026-11-22\n", FailOn("a")));

    [Theory]
    [InlineData("rules:\n  - checks: [a\n", "not valid YAML")]
    [InlineData("- a\n- b\n", "expected a mapping")]
    [InlineData("other: 1\n", "'rules' list")]
    [InlineData("rules:\n  - checks: [a]\n", "needs a 'reason'")]
    [InlineData("rules:\n  - checks: [a]\n    reason: r\n    expires: someday\n", "'expires' must be a date")]
    [InlineData("rules:\n  - check: [a]\n    reason: r\n", "unknown key 'check'")]
    [InlineData("rules:\n  - reason: r\n", "at least one of")]
    public void MalformedFile_GivesAClearMessage(string yaml, string expected)
    {
        var e = Assert.Throws<VigilInputException>(() => MuteFile.Parse(yaml, "mute.yaml"));
        Assert.StartsWith("mute.yaml:", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        var e = Assert.Throws<VigilInputException>(() => MuteFile.Load("/nonexistent/mute.yaml"));
        Assert.StartsWith("/nonexistent/mute.yaml:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Muting_KeepsSeverityAndCheck()
    {
        var finding = MuteFile.Parse("rules:\n  - checks: ['*']\n    reason: r\n", "m").Apply([FailOn("a")], Today).Findings[0];
        Assert.Equal(Severity.High, finding.Metadata.Severity);
        Assert.Equal("a", finding.ResourceRef.Name);
    }
}
