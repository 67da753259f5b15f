using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.Backup;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Tests.Checks.DataGovernance;

/// <summary>Without allowedRegions, dataClassificationTagKeys or backupCopyRequired the data-governance checks never
/// pass: one manual finding per account (or per plan) says the setting is missing.</summary>
public sealed class UnconfiguredSettingTests
{
    private const string Prod = "111111111111";
    private const string Dev = "222222222222";

    private static readonly Snapshot Estate = new()
    {
        CollectedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
        S3Buckets = [Bucket(Prod, "a"), Bucket(Prod, "b"), Bucket(Prod, "c"), Bucket(Dev, "d")],
        BackupPlans =
        [
            new BackupPlan
            {
                Arn = $"arn:aws:backup:eu-west-1:{Prod}:backup-plan:daily-id", Name = "daily", AccountId = Prod, Region = "eu-west-1", BackupPlanId = "daily-id",
                Rules = [new BackupRule { RuleName = "daily", TargetVaultName = "primary", DeleteAfterDays = 35 }],
            },
        ],
    };

    [Theory]
    [InlineData("s3-bucket-in-allowed-region", "allowedRegions")]
    [InlineData("s3-bucket-classification-tagged", "dataClassificationTagKeys")]
    public void PerResourceCheck_ReportsOneManualFindingPerAccount(string checkId, string setting)
    {
        var findings = Evaluate(checkId, CheckSettings.Default);

        Assert.Equal([(FindingStatus.Manual, "arn:aws:s3:::acme-a"), (FindingStatus.Manual, "arn:aws:s3:::acme-d")],
            findings.Select(f => (f.Status, f.ResourceRef.Arn)));
        Assert.All(findings, f => Assert.Contains(setting, f.Message, StringComparison.Ordinal));
        Assert.Contains("3 AWS::S3::Bucket resources of account 111111111111", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PerResourceCheck_OnceConfigured_JudgesEveryResource()
    {
        var findings = Evaluate("s3-bucket-in-allowed-region", CheckSettings.Default with { AllowedRegions = ["eu-west-1"] });

        Assert.Equal(4, findings.Count);
        Assert.All(findings, f => Assert.Equal(FindingStatus.Pass, f.Status));
    }

    [Fact]
    public void CopyCheck_WithoutARequirement_IsManualPerPlan_NamingItsCopies()
    {
        var finding = Assert.Single(Evaluate("backup-plan-copy-required", CheckSettings.Default));

        Assert.Equal(FindingStatus.Manual, finding.Status);
        Assert.Contains("backupCopyRequired", finding.Message, StringComparison.Ordinal);
        Assert.Contains("copies to nothing", finding.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Finding> Evaluate(string checkId, CheckSettings settings)
    {
        var check = BuiltInChecks.Catalog.Find(checkId)!;
        return ScanEngine.Evaluate(Estate, [check], new CheckContext(Estate, Estate.CollectedAt!.Value, settings), CancellationToken.None);
    }

    private static S3Bucket Bucket(string account, string suffix) =>
        new() { Arn = $"arn:aws:s3:::acme-{suffix}", Name = $"acme-{suffix}", AccountId = account, Region = "eu-west-1" };
}
