using System.Text.Json;
using Vigil.Core.Serialization;
using Vigil.Testing;

namespace Vigil.Cli.Tests.Access;

public sealed class AccessCanCommandTests : IDisposable
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

    private static Dictionary<string, JsonElement> Actions(JsonDocument document) =>
        document.RootElement.GetProperty("services").EnumerateArray()
            .SelectMany(s => s.GetProperty("levels").EnumerateArray())
            .SelectMany(l => l.GetProperty("actions").EnumerateArray())
            .ToDictionary(a => a.GetProperty("action").GetString()!);

    [Fact]
    public async Task Fixture_ScpBlockedAction_IsAbsentFromAFullGrant()
    {
        using var document = await JsonAsync("access", "can", await FixtureAsync(), "--principal", AccessFixture.Deleter);

        var actions = Actions(document);
        Assert.DoesNotContain("s3:DeleteObject", actions.Keys);
        Assert.Equal(("allowed", "all-resources"), (actions["s3:PutObject"].GetProperty("access").GetString(), actions["s3:PutObject"].GetProperty("scope").GetString()));
        var levels = document.RootElement.GetProperty("services")[0].GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("level").GetString());
        Assert.Equal(["List", "Read", "Write", "Permissions management", "Tagging"], levels);
    }

    [Fact]
    public async Task Fixture_BoundaryLimitedRole_KeepsOnlyWhatTheBoundaryAllows()
    {
        using var document = await JsonAsync("access", "can", await FixtureAsync(), "--principal", AccessFixture.Bounded, "--service", "s3", "--service", "ec2", "--service", "iam");

        Assert.Equal(["ec2"], document.RootElement.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("service").GetString()));
    }

    [Fact]
    public async Task Fixture_ConditionalGrantOnOneBucket_ListsThePatternAndTheCondition()
    {
        using var document = await JsonAsync("access", "can", await FixtureAsync(), "--principal", AccessFixture.Reader);

        var get = Assert.Single(Actions(document)).Value;
        Assert.Equal(("conditional", "some-resources"), (get.GetProperty("access").GetString(), get.GetProperty("scope").GetString()));
        Assert.Equal("arn:aws:s3:::shared-data/*", get.GetProperty("resources")[0].GetString());
        Assert.Equal("aws:SecureTransport", get.GetProperty("grants").EnumerateArray().Single(g => g.GetProperty("sid").GetString() == "ReadShared").GetProperty("conditions")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task Fixture_SessionPolicy_LimitsTheSession()
    {
        var session = _dir.File("session.json", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}""");

        using var document = await JsonAsync("access", "can", await FixtureAsync(), "--principal", AccessFixture.Deleter, "--session-policy", session);

        Assert.Equal(["s3:ListBucket"], Actions(document).Keys);
        Assert.Equal($"arn:aws:sts::{AccessFixture.AccountId}:assumed-role/deleter/vigil-session", document.RootElement.GetProperty("caller").GetString());
    }

    [Fact]
    public async Task Demo_Table_ShowsTheScpEffects()
    {
        var run = await CliRun.Of("access", "can", "--demo", "--quiet", "--principal", "arn:aws:iam::444455556666:user/service/svc-legacy-etl", "--service", "cloudtrail");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("DenyOutsideAcmeRegions", run.Output, StringComparison.Ordinal);
        Assert.Contains("cloudtrail:", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("StopLogging", run.Output, StringComparison.Ordinal);
        Assert.Contains("DescribeTrails", run.Output, StringComparison.Ordinal);
        Assert.All(run.Output.Split('\n'), line => Assert.True(line.Length <= 100, $"line longer than 100 columns: {line}"));
    }

    [Fact]
    public async Task UnknownPrincipal_IsAUsageError()
    {
        var run = await CliRun.Of("access", "can", "--demo", "--quiet", "--principal", "arn:aws:iam::111122223333:user/nobody");

        run.AssertUsageError("--principal arn:aws:iam::111122223333:user/nobody is not an IAM user or role of the input");
    }

    [Fact]
    public async Task UnknownService_IsAUsageError()
    {
        var run = await CliRun.Of("access", "can", "--demo", "--principal", "arn:aws:iam::111122223333:user/x", "--service", "nosuch");

        run.AssertUsageError("--service 'nosuch' is not a service prefix");
    }

    [Fact]
    public async Task InvalidSessionPolicy_IsAUsageError()
    {
        var session = _dir.File("session.json", "{not json");

        var run = await CliRun.Of("access", "can", "--demo", "--quiet", "--principal", "arn:aws:iam::111122223333:user/x", "--session-policy", session);

        run.AssertUsageError("not a valid session policy");
    }
}
