using System.Text.Json;
using Vigil.Core.Serialization;
using Vigil.Testing;

namespace Vigil.Cli.Tests.Access;

public sealed class AccessWhoCanCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private async Task<string> FixtureAsync()
    {
        var path = _dir.File("estate.json");
        await SnapshotFile.SaveAsync(AccessFixture.Build(), path, CancellationToken.None);
        return path;
    }

    private static async Task<JsonDocument> JsonAsync(params string[] args)
    {
        var run = await CliRun.Of([.. args, "--format", "json", "--quiet"]);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output);
    }

    private static JsonElement Principal(JsonDocument document, string principal) =>
        document.RootElement.GetProperty("principals").EnumerateArray().Single(p => p.GetProperty("principal").GetString() == principal);

    private static List<string?> Principals(JsonDocument document) =>
        [.. document.RootElement.GetProperty("principals").EnumerateArray().Select(p => p.GetProperty("principal").GetString())];

    [Fact]
    public async Task Fixture_CrossAccountBucket_ListsTheAccountTheRolesAndNotTheBoundedOne()
    {
        using var document = await JsonAsync("access", "who-can", await FixtureAsync(), "--action", "s3:GetObject", "--resource", "arn:aws:s3:::shared-data/report.csv");

        Assert.Equal("resource policy of arn:aws:s3:::shared-data", document.RootElement.GetProperty("resource").GetProperty("policy").GetString());
        var partner = Principal(document, $"arn:aws:iam::{AccessFixture.Partner}:root");
        Assert.Equal(("account", "external", "allowed"), (partner.GetProperty("type").GetString(), partner.GetProperty("relation").GetString(), partner.GetProperty("access").GetString()));
        Assert.Equal("PartnerRead", partner.GetProperty("grants")[0].GetProperty("sid").GetString());
        var reader = Principal(document, AccessFixture.Reader);
        Assert.Equal("conditional", reader.GetProperty("access").GetString());
        var condition = reader.GetProperty("grants").EnumerateArray().Single(g => g.GetProperty("sid").GetString() == "ReadShared").GetProperty("conditions")[0];
        Assert.Equal(("Bool", "aws:SecureTransport", "true"), (condition.GetProperty("operator").GetString(), condition.GetProperty("key").GetString(), condition.GetProperty("values")[0].GetString()));
        Assert.Contains(AccessFixture.Deleter, Principals(document));
        Assert.DoesNotContain(AccessFixture.Bounded, Principals(document));
    }

    [Fact]
    public async Task Fixture_ScpDeniedAction_LeavesOnlyThePartnerAccount()
    {
        using var document = await JsonAsync("access", "who-can", await FixtureAsync(), "--action", "s3:DeleteObject", "--resource", "arn:aws:s3:::shared-data/report.csv");

        Assert.Equal([$"arn:aws:iam::{AccessFixture.Partner}:root"], Principals(document));
    }

    [Fact]
    public async Task Fixture_TrustedAccountFromConfig_IsLabelledTrusted()
    {
        var config = _dir.File("vigil.yaml", $"trustedAccounts: ['{AccessFixture.Partner}']\n");

        using var document = await JsonAsync("access", "who-can", await FixtureAsync(), "--action", "s3:GetObject", "--resource", "arn:aws:s3:::shared-data/k", "--config", config);

        Assert.Equal("trusted", Principal(document, $"arn:aws:iam::{AccessFixture.Partner}:root").GetProperty("relation").GetString());
    }

    [Fact]
    public async Task Demo_Table_ShowsTheGroupTheExternalAccountAndTheConditions()
    {
        var run = await CliRun.Of("access", "who-can", "--demo", "--quiet", "--action", "s3:GetObject", "--resource", "arn:aws:s3:::acme-prod-customer-exports-us-east-1/x.csv");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("arn:aws:iam::777788889999:root", run.Output, StringComparison.Ordinal);
        Assert.Contains("Groups granting it to their members:\n  arn:aws:iam::111122223333:group/data-engineers:", run.Output, StringComparison.Ordinal);
        Assert.Contains("DenyInsecureTransport", run.Output, StringComparison.Ordinal);
        Assert.Contains("(any principal of this", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Output, StringComparison.Ordinal);
        Assert.All(run.Output.Split('\n'), line => Assert.True(line.Length <= 100, $"line longer than 100 columns: {line}"));
    }

    [Fact]
    public async Task Demo_Json_WrittenToAFile()
    {
        var output = Path.Combine(_dir.Path, "who.json");

        var run = await CliRun.Of("access", "who-can", "--demo", "--quiet", "--action", "sts:AssumeRoleWithWebIdentity",
            "--resource", "arn:aws:iam::444455556666:role/github-actions-deploy", "--format", "json", "-o", output);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Output);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var federated = document.RootElement.GetProperty("principals").EnumerateArray().Single();
        Assert.Equal(("federated", "conditional"), (federated.GetProperty("type").GetString(), federated.GetProperty("access").GetString()));
    }

    [Theory]
    [InlineData("s3GetObject", "arn:aws:s3:::b", "--action 's3GetObject' is not an action")]
    [InlineData("s3:GetObject", "bucket", "--resource 'bucket' is not an ARN")]
    public async Task BadActionOrResource_IsAUsageError(string action, string resource, string expected)
    {
        var run = await CliRun.Of("access", "who-can", "--demo", "--action", action, "--resource", resource);

        run.AssertUsageError(expected);
    }
}
