using Vigil.Testing;

namespace Vigil.Cli.Tests;

public sealed class BadInputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task UnknownOption_ExitsTwo() => (await CliRun.Of("scan", "--demo", "--bogus")).AssertUsageError("'--bogus'");

    [Fact]
    public async Task UnknownCommand_ExitsTwo() => Assert.Equal(2, (await CliRun.Of("launch-rockets")).ExitCode);

    [Fact]
    public async Task UnknownFormatValue_ExitsTwo() => (await CliRun.Of("scan", "--demo", "--format", "pdf")).AssertUsageError("pdf");

    [Fact]
    public async Task UnknownSeverity_ExitsTwo() => (await CliRun.Of("scan", "--demo", "--fail-on", "scary")).AssertUsageError("scary");

    [Fact]
    public async Task UnknownFramework_ExitsTwo() => (await CliRun.Of("scan", "--demo", "--framework", "iso-9000")).AssertUsageError("Unknown framework 'iso-9000'");

    [Fact]
    public async Task MissingFile_NamesIt()
    {
        var path = _dir.File("missing.json");
        (await CliRun.Of("scan", path)).AssertUsageError(path + ": no such file");
    }

    [Fact]
    public async Task MalformedSnapshot_NamesFileAndPosition()
    {
        var path = _dir.File("bad.json", "{\"schemaVersion\": \"1\", \"s3Buckets\": [ {\"arn\": ] }");
        (await CliRun.Of("scan", path)).AssertUsageError(path + ": line 1");
    }

    [Fact]
    public async Task NewerSchemaSnapshot_AsksForAnUpgrade()
    {
        var path = _dir.File("future.json", "{\"schemaVersion\": \"2\"}");
        (await CliRun.Of("scan", path)).AssertUsageError("newer than this version of Vigil reads");
    }

    [Fact]
    public async Task MalformedMuteFile_NamesIt()
    {
        var mute = _dir.File("mute.yaml", "rules:\n  - checks: [x]\n");
        (await CliRun.Of("scan", "--demo", "--mute", mute)).AssertUsageError(mute + ": line 2: rule 1: every rule needs a 'reason'");
    }

    [Fact]
    public async Task MalformedSettingsFile_NamesIt()
    {
        var config = _dir.File("vigil.yaml", "accessKeyMaxAgeDays: [1]\n");
        (await CliRun.Of("scan", "--demo", "--config", config)).AssertUsageError(config + ": line 1: 'accessKeyMaxAgeDays' must be a whole number");
    }

    [Fact]
    public async Task DemoAndFiles_CannotBeCombined()
    {
        var path = _dir.File("s.json", "{}");
        (await CliRun.Of("scan", "--demo", path)).AssertUsageError("cannot be combined");
    }

    [Fact]
    public async Task TemplateWithoutResources_SaysSo()
    {
        var path = _dir.File("template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n");
        (await CliRun.Of("scan", path)).AssertUsageError(path + ":2: Resources must be a mapping with at least one resource.");
    }

    [Fact]
    public async Task SeveralFormatsWithoutOutputDir_ExitsTwo() =>
        (await CliRun.Of("scan", "--demo", "--format", "json", "--format", "table")).AssertUsageError("--output-dir");
}
