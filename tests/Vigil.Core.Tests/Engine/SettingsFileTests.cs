using Vigil.Core.Checks;

namespace Vigil.Core.Tests.Engine;

public sealed class SettingsFileTests
{
    [Fact]
    public void Parse_OverridesOnlyTheKeysGiven()
    {
        var settings = SettingsFile.Parse("accessKeyMaxAgeDays: 60\nhighRiskPorts: [22, 3389]\nallowedRegions: [eu-west-1]\n", "vigil.yaml");
        Assert.Equal(60, settings.AccessKeyMaxAgeDays);
        Assert.Equal([22, 3389], settings.HighRiskPorts);
        Assert.Equal(["eu-west-1"], settings.AllowedRegions);
        Assert.Equal(CheckSettings.Default.PasswordMinLength, settings.PasswordMinLength);
        Assert.Equal(90, CheckSettings.Default.AccessKeyMaxAgeDays);
    }

    [Fact]
    public void Parse_TrustedAccounts_KeepsTheIdsAsWritten()
    {
        var settings = SettingsFile.Parse("trustedAccounts: [111122223333, 012345678901]\n", "vigil.yaml");
        Assert.Equal(["111122223333", "012345678901"], settings.TrustedAccounts);
        Assert.Empty(CheckSettings.Default.TrustedAccounts);
    }

    [Fact]
    public void Parse_DataGovernanceSettings()
    {
        var settings = SettingsFile.Parse(
            "allowedRegions: [eu-west-1, us-gov-west-1]\ndataClassificationTagKeys: [data-classification]\nbackupCopyRequired: [cross-account]\n", "vigil.yaml");
        Assert.Equal(["eu-west-1", "us-gov-west-1"], settings.AllowedRegions);
        Assert.Equal(["data-classification"], settings.DataClassificationTagKeys);
        Assert.Equal([BackupCopyKinds.CrossAccount], settings.BackupCopyRequired);
        Assert.Empty(CheckSettings.Default.DataClassificationTagKeys);
        Assert.Empty(CheckSettings.Default.BackupCopyRequired);
    }

    [Fact]
    public void Parse_EmptyFile_GivesDefaults() => Assert.Equal(CheckSettings.Default, SettingsFile.Parse("", "vigil.yaml"));

    [Theory]
    [InlineData("nope: 1\n", "'nope' is not a setting")]
    [InlineData("accessKeyMaxAgeDays: soon\n", "must be a whole number")]
    [InlineData("highRiskPorts: 22\n", "must be a list")]
    [InlineData("highRiskPorts: [ssh]\n", "list of whole numbers")]
    [InlineData("[1, 2]\n", "expected a mapping")]
    [InlineData("trustedAccounts: [111122223333, arn:aws:iam::444455556666:root]\n", "'arn:aws:iam::444455556666:root' is not an AWS account id")]
    [InlineData("allowedRegions: [eu-west-1, EU-West-2]\n", "'EU-West-2' is not an AWS region code")]
    [InlineData("allowedRegions: [europe]\n", "'europe' is not an AWS region code")]
    [InlineData("backupCopyRequired: [cross-region, offsite]\n", "'offsite' is not a kind of backup copy")]
    public void Parse_BadInput_NamesTheProblem(string yaml, string expected)
    {
        var e = Assert.Throws<VigilInputException>(() => SettingsFile.Parse(yaml, "vigil.yaml"));
        Assert.StartsWith("vigil.yaml:", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
