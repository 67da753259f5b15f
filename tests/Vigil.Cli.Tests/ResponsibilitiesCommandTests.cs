using System.Text.Json;
using Vigil.Core.Model;
using Vigil.Core.Serialization;
using Vigil.Demo;
using Vigil.Testing;

namespace Vigil.Cli.Tests;

public sealed class ResponsibilitiesCommandTests : IDisposable
{
    private static readonly string[] Owners = ["customer", "aws", "shared"];
    private static readonly string[] DutyStatuses = ["pass", "fail", "error", "manual", "not-applicable"];
    private static readonly string[] Categories = ["infrastructure", "container", "abstracted"];
    private static readonly string[] Bases = ["aws-named", "derived"];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Demo_Table_ListsEachServiceWithItsDutiesAt100Columns()
    {
        var run = await CliRun.Of("responsibilities", "--demo");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Services in use", run.Output, StringComparison.Ordinal);
        Assert.Contains("Amazon S3 (s3)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Evidence of AWS's side: SOC 1 Type 2", run.Output, StringComparison.Ordinal);
        Assert.Contains("Patch management. AWS:", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Output, StringComparison.Ordinal);
        Assert.All(run.Output.Split('\n'), line => Assert.True(line.Length <= 100, $"line longer than 100 columns: {line}"));
    }

    [Fact]
    public async Task Demo_Json_FollowsTheDocumentedShape()
    {
        using var document = await Json("responsibilities", "--demo", "--format", "json");
        var root = document.RootElement;
        Assert.Equal("1", root.GetProperty("schemaVersion").GetString());
        Assert.Equal("vigil", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal("demo", root.GetProperty("inputs")[0].GetProperty("kind").GetString());
        Assert.Equal(2, root.GetProperty("accounts").GetArrayLength());
        Assert.NotEmpty(root.GetProperty("awsCommonDuties").EnumerateArray());
        var services = root.GetProperty("services").EnumerateArray().ToList();
        Assert.True(services.Count >= 10, $"{services.Count} services");
        Assert.Equal(services.Count, root.GetProperty("summary").GetProperty("services").GetInt32());

        var totals = DutyStatuses.ToDictionary(s => s, _ => 0);
        foreach (var service in services)
        {
            Assert.Contains(service.GetProperty("category").GetString(), Categories);
            Assert.Contains(service.GetProperty("categoryBasis").GetString(), Bases);
            Assert.NotEmpty(service.GetProperty("evidence").EnumerateArray());
            var presence = service.GetProperty("presence");
            Assert.True(presence.GetProperty("resources").GetInt32() > 0 || presence.GetProperty("settings").GetArrayLength() > 0
                || presence.GetProperty("collectionErrors").GetInt32() > 0, service.GetProperty("id").GetString());
            var duties = service.GetProperty("duties").EnumerateArray().ToList();
            Assert.Equal(Owners, duties.Select(d => d.GetProperty("owner").GetString()).Distinct().Order(Comparer<string?>.Create(ByOwner)));
            foreach (var duty in duties)
            {
                var status = duty.GetProperty("status").GetString()!;
                Assert.Contains(status, DutyStatuses);
                totals[status]++;
                Assert.False(string.IsNullOrEmpty(duty.GetProperty("text").GetString()));
                var checks = duty.GetProperty("checks").EnumerateArray().ToList();
                Assert.True(checks.Count > 0 || duty.GetProperty("manual").GetString() is not null, duty.GetProperty("id").GetString());
                Assert.Equal(checks.Sum(c => c.GetProperty("fail").GetInt32()), duty.GetProperty("counts").GetProperty("fail").GetInt32());
                if (duty.GetProperty("owner").GetString() == "shared") Assert.False(string.IsNullOrEmpty(duty.GetProperty("aws").GetString()));
            }
        }
        Assert.All(DutyStatuses, s => Assert.Equal(totals[s], root.GetProperty("summary").GetProperty("duties").GetProperty(s).GetInt32()));
    }

    [Fact]
    public async Task Demo_AServiceNotInTheEstateIsNotListed()
    {
        using var all = await Json("responsibilities", "--demo", "--format", "json");
        var ids = all.RootElement.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Contains("s3", ids);
        Assert.DoesNotContain("eks", ids);
        Assert.DoesNotContain("redshift", ids);

        using var filtered = await Json("responsibilities", "--demo", "--format", "json", "--service", "eks");
        Assert.Empty(filtered.RootElement.GetProperty("services").EnumerateArray());
        var table = await CliRun.Of("responsibilities", "--demo", "--service", "eks");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("No service", table.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Amazon EKS", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_AFailingWeaknessShowsAsFailedOnItsDuty()
    {
        var weakness = DemoEstate.Weaknesses.First(w => w.CheckId == "s3-bucket-policy-denies-http");
        using var document = await Json("responsibilities", "--demo", "--format", "json", "--service", "s3", "--owner", "customer");
        var service = Assert.Single(document.RootElement.GetProperty("services").EnumerateArray());
        var duty = service.GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "tls-only");
        Assert.Equal("fail", duty.GetProperty("status").GetString());
        var check = Assert.Single(duty.GetProperty("checks").EnumerateArray());
        Assert.Equal(weakness.CheckId, check.GetProperty("id").GetString());
        Assert.Equal(DemoEstate.Weaknesses.Count(w => w.CheckId == weakness.CheckId), check.GetProperty("fail").GetInt32());
        Assert.True(check.GetProperty("pass").GetInt32() > 0);
    }

    [Fact]
    public async Task Owner_KeepsOnlyThatOwnersDuties()
    {
        using var document = await Json("responsibilities", "--demo", "--format", "json", "--owner", "aws", "--owner", "shared");
        var owners = document.RootElement.GetProperty("services").EnumerateArray()
            .SelectMany(s => s.GetProperty("duties").EnumerateArray()).Select(d => d.GetProperty("owner").GetString()).Distinct().Order().ToList();
        Assert.Equal(["aws", "shared"], owners);
    }

    [Fact]
    public async Task Snapshot_ListsOnlyTheServicesItsResourcesBelongTo()
    {
        var path = Path.Combine(_dir.Path, "estate.json");
        await SnapshotFile.SaveAsync(new Snapshot { S3Buckets = [TestResources.Bucket("only-bucket")] }, path, CancellationToken.None);
        using var document = await Json("responsibilities", path, "--format", "json");
        var service = Assert.Single(document.RootElement.GetProperty("services").EnumerateArray());
        Assert.Equal("s3", service.GetProperty("id").GetString());
        Assert.Equal(1, service.GetProperty("presence").GetProperty("resources").GetInt32());
    }

    [Fact]
    public async Task Output_WritesTheMatrixToAFile()
    {
        var path = Path.Combine(_dir.Path, "matrix.json");
        var run = await CliRun.Of("responsibilities", "--demo", "--format", "json", "-o", path);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Output);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        Assert.NotEmpty(document.RootElement.GetProperty("services").EnumerateArray());
    }

    [Theory]
    [InlineData("--owner", "nobody", "nobody")]
    [InlineData("--service", "teleport", "Unknown service 'teleport'")]
    [InlineData("--format", "pdf", "pdf")]
    [InlineData("--bogus", "x", "'--bogus'")]
    public async Task BadOptions_ExitTwo(string option, string value, string expected) =>
        (await CliRun.Of("responsibilities", "--demo", option, value)).AssertUsageError(expected);

    [Fact]
    public async Task MissingSnapshot_ExitsTwoNamingIt()
    {
        var path = _dir.File("missing.json");
        (await CliRun.Of("responsibilities", path)).AssertUsageError(path + ": no such file");
    }

    private static async Task<JsonDocument> Json(params string[] args)
    {
        var run = await CliRun.Of(args);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output);
    }

    private static int ByOwner(string? a, string? b) => Array.IndexOf(Owners, a).CompareTo(Array.IndexOf(Owners, b));
}
