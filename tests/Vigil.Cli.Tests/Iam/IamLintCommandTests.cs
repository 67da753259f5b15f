using System.Text.Json;

namespace Vigil.Cli.Tests.Iam;

public sealed class IamLintCommandTests : IDisposable
{
    private const string Clean = """{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::reports"}]}""";

    private const string UnknownAction = """
        {"Version": "2012-10-17",
         "Statement": [{"Effect": "Allow", "Action": "s3:GetObjekt", "Resource": "arn:aws:s3:::reports/*"}]}
        """;

    private const string OnlyWarning = """{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotAction": "iam:*", "Resource": "arn:aws:s3:::reports/*"}]}""";

    private const string GitHubTrust = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
          "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},
          "Action": "sts:AssumeRoleWithWebIdentity",
          "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}}}]}
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("vigil-lint-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Lint_CleanPolicy_ExitsZero()
    {
        var run = await CliRun.Of("iam", "lint", Write("clean.json", Clean));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("no findings", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_Error_ExitsOne_AndTheTableNamesCodeLineAndSuggestion()
    {
        var run = await CliRun.Of("iam", "lint", Write("bad.json", UnknownAction));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("UNKNOWN_ACTION", run.Output, StringComparison.Ordinal);
        Assert.Contains("2:", run.Output, StringComparison.Ordinal);
        Assert.Contains("s3:GetObject", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_FailOnThreshold_DecidesTheExitCode()
    {
        var path = Write("warning.json", OnlyWarning);
        Assert.Equal(0, (await CliRun.Of("iam", "lint", path)).ExitCode);
        Assert.Equal(0, (await CliRun.Of("iam", "lint", path, "--fail-on", "security-warning")).ExitCode);
        Assert.Equal(1, (await CliRun.Of("iam", "lint", path, "--fail-on", "warning")).ExitCode);
    }

    [Fact]
    public async Task Lint_Json_ListsFilesFindingsAndSummary_WithTheDetectedKind()
    {
        var run = await CliRun.Of("iam", "lint", Write("trust.json", GitHubTrust), Write("clean.json", Clean), "--format", "json", "--fail-on", "suggestion");
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var files = json.RootElement.GetProperty("files");
        Assert.Equal(2, files.GetArrayLength());
        Assert.Equal("trust", files[0].GetProperty("kind").GetString());
        Assert.True(files[0].GetProperty("kindDetected").GetBoolean());
        var finding = Assert.Single(files[0].GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "MISSING_GITHUB_REPO_CONDITION");
        Assert.Equal("security-warning", finding.GetProperty("severity").GetString());
        Assert.Equal(0, finding.GetProperty("statement").GetInt32());
        Assert.Equal(2, finding.GetProperty("line").GetInt32());
        Assert.Equal("identity", files[1].GetProperty("kind").GetString());
        Assert.Equal(0, files[1].GetProperty("findings").GetArrayLength());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("security-warning").GetInt32());
    }

    [Fact]
    public async Task Lint_KindOption_OverridesDetection()
    {
        var run = await CliRun.Of("iam", "lint", Write("trust.json", GitHubTrust), "--kind", "identity", "--format", "json");
        using var json = JsonDocument.Parse(run.Output);
        var findings = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        Assert.Contains("UNSUPPORTED_PRINCIPAL_ELEMENT", findings);
        Assert.Contains("MISSING_RESOURCE", findings);
    }

    [Fact]
    public async Task Lint_OutputFile_HoldsTheFindings()
    {
        var output = Path.Combine(_directory, "out.json");
        var run = await CliRun.Of("iam", "lint", Write("bad.json", UnknownAction), "--format", "json", "-o", output);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("UNKNOWN_ACTION", await File.ReadAllTextAsync(output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_MalformedJson_IsAnErrorFinding()
    {
        var run = await CliRun.Of("iam", "lint", Write("broken.json", "{\"Version\": "));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("MALFORMED_JSON", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_UnreadableFile_IsAUsageError()
    {
        var run = await CliRun.Of("iam", "lint", Path.Combine(_directory, "missing.json"));
        run.AssertUsageError("missing.json: cannot read the policy");
    }

    [Fact]
    public async Task Lint_UnknownKind_IsAUsageError()
    {
        var run = await CliRun.Of("iam", "lint", Write("clean.json", Clean), "--kind", "session");
        Assert.Equal(2, run.ExitCode);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
