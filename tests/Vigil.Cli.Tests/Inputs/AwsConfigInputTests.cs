using System.IO.Compression;
using System.Text.Json;
using Vigil.Testing;

namespace Vigil.Cli.Tests.Inputs;

/// <summary>`vigil scan` of an AWS Config configuration snapshot (plain or gzip, as delivered to S3) and of
/// select-resource-config output, detected by content.</summary>
public sealed class AwsConfigInputTests : IDisposable
{
    private const string Group = """
        {
            "configurationItemVersion": "1.3",
            "configurationItemCaptureTime": "2024-05-30T14:05:12.331Z",
            "configurationItemStatus": "OK",
            "configurationStateId": "1717077912331",
            "awsAccountId": "123456789012",
            "resourceType": "AWS::EC2::SecurityGroup",
            "resourceId": "sg-0123456789abcdef0",
            "resourceName": "web-sg",
            "ARN": "arn:aws:ec2:us-east-1:123456789012:security-group/sg-0123456789abcdef0",
            "awsRegion": "us-east-1",
            "availabilityZone": "Not Applicable",
            "tags": { "Name": "web-sg" },
            "relationships": [],
            "configuration": {
                "description": "web servers",
                "groupName": "web-sg",
                "groupId": "sg-0123456789abcdef0",
                "ownerId": "123456789012",
                "vpcId": "vpc-0f1e2d3c4b5a69788",
                "ipPermissions": [
                    { "fromPort": 22, "toPort": 22, "ipProtocol": "tcp", "ipv4Ranges": [ { "cidrIp": "0.0.0.0/0" } ], "ipRanges": [ "0.0.0.0/0" ], "ipv6Ranges": [], "prefixListIds": [], "userIdGroupPairs": [] }
                ],
                "ipPermissionsEgress": [
                    { "ipProtocol": "-1", "ipv4Ranges": [ { "cidrIp": "0.0.0.0/0" } ], "ipRanges": [ "0.0.0.0/0" ], "ipv6Ranges": [], "prefixListIds": [], "userIdGroupPairs": [] }
                ]
            },
            "supplementaryConfiguration": {}
        }
        """;

    private static readonly string Snapshot = $$"""
        { "fileVersion": "1.0", "configSnapshotId": "7a4e8f3c-2b1d-4e5f-9a8b-0c1d2e3f4a5b", "configurationItems": [ {{Group}} ] }
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Scan_Json_ReportsTheSnapshotsFindings()
    {
        var path = _dir.File("123456789012_Config_us-east-1_ConfigSnapshot.json", Snapshot);
        var findings = await ScanJson(path);
        Assert.Equal("fail", Status(findings, "ec2-security-group-no-public-ssh"));
    }

    [Fact]
    public async Task Scan_GzipSnapshot_IsReadAsDelivered()
    {
        var path = Path.Combine(_dir.Path, "123456789012_Config_us-east-1_ConfigSnapshot.json.gz");
        await using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            await gzip.WriteAsync(System.Text.Encoding.UTF8.GetBytes(Snapshot));
        }
        Assert.Equal("fail", Status(await ScanJson(path), "ec2-security-group-no-public-ssh"));
    }

    [Fact]
    public async Task Scan_SelectResourceConfigOutput_IsRead()
    {
        var item = JsonDocument.Parse(Group).RootElement.GetRawText();
        var path = _dir.File("select.json", JsonSerializer.Serialize(new { Results = new[] { item }, QueryInfo = new { SelectFields = new[] { new { Name = "*" } } } }));
        Assert.Equal("fail", Status(await ScanJson(path), "ec2-security-group-no-public-ssh"));
    }

    [Fact]
    public async Task Scan_Sarif_ListsTheFailure()
    {
        var path = _dir.File("snapshot.json", Snapshot);
        var run = await CliRun.Of("scan", path, "--format", "sarif");
        Assert.True(run.ExitCode == 0, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Contains(document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(),
            r => r.GetProperty("ruleId").GetString() == "ec2-security-group-no-public-ssh");
    }

    [Fact]
    public async Task Scan_ItemWithoutAccount_ExitsTwoNamingTheItem()
    {
        var path = _dir.File("snapshot.json", Snapshot.Replace("\"awsAccountId\": \"123456789012\",", "", StringComparison.Ordinal));
        (await CliRun.Of("scan", path)).AssertUsageError(path + ": configuration item 1 of the file has no awsAccountId");
    }

    [Fact]
    public async Task Scan_FileOfNoKnownKind_ExitsTwoSayingWhatItLooksLike()
    {
        var path = _dir.File("package.json", "{\"name\": \"demo\", \"version\": \"1.0.0\"}");
        (await CliRun.Of("scan", path)).AssertUsageError(path + ": not an input Vigil reads: it is a JSON object with name, version");
    }

    private static async Task<List<JsonElement>> ScanJson(string path)
    {
        var run = await CliRun.Of("scan", path, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        Assert.Equal("aws-config", root.GetProperty("inputs")[0].GetProperty("kind").GetString());
        return [.. root.GetProperty("findings").EnumerateArray().Select(f => f.Clone())];
    }

    private static string? Status(List<JsonElement> findings, string checkId) => findings
        .Single(f => f.GetProperty("checkId").GetString() == checkId
            && f.GetProperty("resource").GetProperty("arn").GetString() == "arn:aws:ec2:us-east-1:123456789012:security-group/sg-0123456789abcdef0")
        .GetProperty("status").GetString();
}
