using System.Text.Json;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Kms;
using Vigil.Core.Model.S3;
using Vigil.Core.Serialization;
using Vigil.Testing;

namespace Vigil.Cli.Tests.Access;

public sealed class AccessExposureCommandTests : IDisposable
{
    private const string Owner = "111122223333";
    private const string Partner = "777788889999";
    private static readonly string[] Labels = ["public", "external", "organization", "trusted"];
    private static readonly string[] ReachedBy = ["anyone", "any-aws-principal", "account", "federated", "service"];
    private static readonly string[] Levels = ["List", "Read", "Write", "Permissions management", "Tagging"];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Demo_Table_GroupsByResourceTypeAt100Columns()
    {
        var run = await CliRun.Of("access", "exposure", "--demo", "--quiet");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("AWS::S3::Bucket", run.Output, StringComparison.Ordinal);
        Assert.Contains("AWS::IAM::Role", run.Output, StringComparison.Ordinal);
        Assert.Contains("AWS::EC2::Snapshot", run.Output, StringComparison.Ordinal);
        Assert.Contains("Reachable by", run.Output, StringComparison.Ordinal);
        Assert.Contains("organization", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Output, StringComparison.Ordinal);
        Assert.All(run.Output.Split('\n'), line => Assert.True(line.Length <= 100, $"line longer than 100 columns: {line}"));
    }

    [Fact]
    public async Task Demo_Json_FollowsTheDocumentedShape()
    {
        using var document = await Json("access", "exposure", "--demo", "--quiet", "--format", "json");
        var root = document.RootElement;
        Assert.Equal("1", root.GetProperty("schemaVersion").GetString());
        Assert.Equal("demo", root.GetProperty("inputs")[0].GetProperty("kind").GetString());
        var resources = root.GetProperty("resources").EnumerateArray().ToList();
        Assert.NotEmpty(resources);
        var types = resources.Select(r => r.GetProperty("type").GetString()).ToList();
        Assert.Equal(types.Order(StringComparer.Ordinal), types);
        foreach (var resource in resources)
        {
            Assert.StartsWith("arn:", resource.GetProperty("arn").GetString(), StringComparison.Ordinal);
            var grants = resource.GetProperty("grants").EnumerateArray().ToList();
            Assert.True(grants.Count > 0 || resource.GetProperty("problems").GetArrayLength() > 0, resource.GetProperty("arn").GetString());
            foreach (var grant in grants)
            {
                Assert.Contains(grant.GetProperty("label").GetString(), Labels);
                Assert.Contains(grant.GetProperty("reachedBy").GetString(), ReachedBy);
                Assert.All(grant.GetProperty("actions").EnumerateArray(), a => Assert.Contains(a.GetProperty("accessLevel").GetString(), Levels));
                Assert.Equal(JsonValueKind.Array, grant.GetProperty("conditions").ValueKind);
            }
        }

        var summary = root.GetProperty("summary");
        Assert.True(summary.GetProperty("resourcesExamined").GetInt32() >= resources.Count);
        Assert.Equal(resources.Count(r => r.GetProperty("grants").EnumerateArray().Any(g => g.GetProperty("neutralisedBy").ValueKind == JsonValueKind.Null)),
            summary.GetProperty("exposed").GetInt32());
    }

    [Fact]
    public async Task Snapshot_WithTrustedAccountsConfig_LabelsThemTrustedAndReportsConditions()
    {
        var path = await Estate();
        var config = Path.Combine(_dir.Path, "vigil.yaml");
        await File.WriteAllTextAsync(config, $"trustedAccounts: [\"{Partner}\"]\n");

        using var plain = await Json("access", "exposure", path, "--quiet", "--format", "json");
        using var trusted = await Json("access", "exposure", path, "--quiet", "--format", "json", "--config", config);

        Assert.Equal("external", KeyGrant(plain).GetProperty("label").GetString());
        var grant = KeyGrant(trusted);
        Assert.Equal("trusted", grant.GetProperty("label").GetString());
        Assert.Equal(Partner, grant.GetProperty("account").GetString());
        var bucket = Resource(trusted, "arn:aws:s3:::site");
        var condition = bucket.GetProperty("grants")[0].GetProperty("conditions")[0];
        Assert.Equal("aws:SourceIp", condition.GetProperty("key").GetString());
        Assert.Equal("203.0.113.0/24", condition.GetProperty("values")[0].GetString());
    }

    [Fact]
    public async Task Snapshot_UnparseablePolicy_IsListedWithItsProblemInTableAndJson()
    {
        var path = await Estate();

        using var document = await Json("access", "exposure", path, "--quiet", "--format", "json");
        var broken = Resource(document, "arn:aws:s3:::broken");
        Assert.Empty(broken.GetProperty("grants").EnumerateArray());
        Assert.Contains("could not be parsed", broken.GetProperty("problems")[0].GetString(), StringComparison.Ordinal);

        var table = await CliRun.Of("access", "exposure", path, "--quiet");
        Assert.Contains("Problem (broken): the bucket policy could not be parsed", table.Output, StringComparison.Ordinal);
        Assert.Contains("could not be parsed", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_WritesTheReportToTheFile()
    {
        var path = await Estate();
        var output = Path.Combine(_dir.Path, "exposure.json");

        var run = await CliRun.Of("access", "exposure", path, "--quiet", "--format", "json", "-o", output);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Output);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        Assert.Equal(3, document.RootElement.GetProperty("resources").GetArrayLength());
    }

    [Fact]
    public async Task UnknownFormat_IsAUsageError() =>
        (await CliRun.Of("access", "exposure", "--demo", "--format", "xml")).AssertUsageError("xml");

    private async Task<string> Estate()
    {
        const string sourceIp = """{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}""";
        var snapshot = new Snapshot
        {
            Accounts = [new Account { Arn = Account.ArnFor(Owner), Name = "prod", AccountId = Owner, S3PublicAccessBlock = new PublicAccessBlock() }],
            S3Buckets =
            [
                new S3Bucket { Arn = "arn:aws:s3:::site", Name = "site", AccountId = Owner, Region = "eu-west-1", ObjectOwnership = "BucketOwnerEnforced",
                    PublicAccessBlock = new PublicAccessBlock(),
                    Policy = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::site/*","Condition":{{sourceIp}}}]}""" },
                new S3Bucket { Arn = "arn:aws:s3:::broken", Name = "broken", AccountId = Owner, Region = "eu-west-1", ObjectOwnership = "BucketOwnerEnforced",
                    PublicAccessBlock = new PublicAccessBlock(), Policy = "{\"Statement\": 7}" },
            ],
            KmsKeys =
            [
                new KmsKey { Arn = $"arn:aws:kms:eu-west-1:{Owner}:key/k1", Name = "k1", KeyId = "k1", AccountId = Owner, Region = "eu-west-1",
                    Policy = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{Partner}}:root"},"Action":"kms:Decrypt","Resource":"*"}]}""" },
            ],
        };
        var path = Path.Combine(_dir.Path, "estate.json");
        await SnapshotFile.SaveAsync(snapshot, path, CancellationToken.None);
        return path;
    }

    private static JsonElement KeyGrant(JsonDocument document) => Resource(document, $"arn:aws:kms:eu-west-1:{Owner}:key/k1").GetProperty("grants")[0];

    private static JsonElement Resource(JsonDocument document, string arn) =>
        document.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("arn").GetString() == arn);

    private static async Task<JsonDocument> Json(params string[] args)
    {
        var run = await CliRun.Of(args);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output);
    }
}
