using System.IO.Compression;
using Vigil.Core.Model;
using Vigil.Core.Model.S3;
using Vigil.Core.Serialization;
using Vigil.Testing;

namespace Vigil.Core.Tests.Serialization;

public sealed class SnapshotFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static Snapshot Sample() => new()
    {
        CollectedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
        Accounts = [TestResources.Account()],
        S3Buckets = [TestResources.Bucket("a") with { Versioning = "Enabled", Tags = new Dictionary<string, string> { ["env"] = "prod" } }],
        Errors = [new CollectionError { AccountId = TestResources.AccountId, Service = "s3", Operation = "ListBuckets", ErrorCode = "AccessDenied" }],
    };

    [Theory]
    [InlineData("snapshot.json")]
    [InlineData("snapshot.json.gz")]
    public async Task SaveThenLoad_RoundTrips(string name)
    {
        var path = _dir.File(name);
        await SnapshotFile.SaveAsync(Sample(), path, CancellationToken.None);
        var loaded = await SnapshotFile.LoadAsync(path, CancellationToken.None);
        Assert.Equal(SnapshotFile.Serialize(Sample()), SnapshotFile.Serialize(loaded));
        Assert.Equal("prod", loaded.S3Buckets[0].Tags["env"]);
    }

    [Fact]
    public async Task Save_WithGzExtension_WritesGzip()
    {
        var path = _dir.File("s.json.gz");
        await SnapshotFile.SaveAsync(Sample(), path, CancellationToken.None);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal([0x1f, 0x8b], bytes[..2]);
    }

    [Fact]
    public async Task Load_OmittedListsAndDefaults_AreNormalised()
    {
        var path = _dir.File("min.json", """{"s3Buckets":[{"arn":"arn:aws:s3:::b","name":"b","accountId":"111111111111"}]}""");
        var snapshot = await SnapshotFile.LoadAsync(path, CancellationToken.None);
        Assert.Equal("1", snapshot.SchemaVersion);
        Assert.Empty(snapshot.Trails);
        Assert.Empty(snapshot.S3Buckets[0].AclGrants);
        Assert.Empty(snapshot.S3Buckets[0].Tags);
    }

    [Theory]
    [InlineData("large.json")]
    [InlineData("large.json.gz")]
    public async Task Load_ManyResources_ReadsEveryOneInOrder(string name)
    {
        var large = Sample() with
        {
            S3Buckets = Enumerable.Range(0, 5000).Select(i => TestResources.Bucket($"b{i}") with { Versioning = i % 2 == 0 ? "Enabled" : null }).ToList(),
            Regions = ["us-east-1", "eu-west-1"],
        };
        var path = _dir.File(name);
        await SnapshotFile.SaveAsync(large, path, CancellationToken.None);
        var loaded = await SnapshotFile.LoadAsync(path, CancellationToken.None);
        Assert.Equal(SnapshotFile.Serialize(large), SnapshotFile.Serialize(loaded));
    }

    [Fact]
    public async Task Load_MalformedResourceDeepInALargeList_NamesItsPath()
    {
        var buckets = Enumerable.Range(0, 5000).Select(i => $$"""{"arn":"arn:aws:s3:::b{{i}}","name":"b{{i}}","accountId":"1"{{(i == 4321 ? ",\"mfaDelete\":\"yes\"" : "")}}}""");
        var path = _dir.File("deep.json", $$"""{"schemaVersion":"1","s3Buckets":[{{string.Join(",\n", buckets)}}]}""");
        var e = await Assert.ThrowsAsync<VigilInputException>(() => SnapshotFile.LoadAsync(path, CancellationToken.None));
        Assert.Contains("$.s3Buckets[4321].mfaDelete", e.Message, StringComparison.Ordinal);
        Assert.Contains("line 4322", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_MalformedJson_NamesFileAndLine()
    {
        var path = _dir.File("bad.json", "{\n  \"schemaVersion\": \"1\",\n  \"s3Buckets\": [ { \"arn\": } ]\n}");
        var e = await Assert.ThrowsAsync<VigilInputException>(() => SnapshotFile.LoadAsync(path, CancellationToken.None));
        Assert.StartsWith(path + ": line 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_ListsInsideResources_AreExactArraysAndEqualTagsAreShared()
    {
        var path = _dir.File("compact.json", """
            {"s3Buckets":[
              {"arn":"arn:aws:s3:::a","name":"a","accountId":"1","aclGrants":[],"tags":{"env":"prod","team":"data"}},
              {"arn":"arn:aws:s3:::b","name":"b","accountId":"1","aclGrants":[{"granteeType":"Group","grantee":"http://acs.amazonaws.com/groups/global/AllUsers","permission":"READ"}],"tags":{"env":"prod","team":"data"}}]}
            """);
        var snapshot = await SnapshotFile.LoadAsync(path, CancellationToken.None);

        Assert.IsNotType<List<AclGrant>>(snapshot.S3Buckets[1].AclGrants);
        Assert.Same(Array.Empty<AclGrant>(), snapshot.S3Buckets[0].AclGrants);
        Assert.Single(snapshot.S3Buckets[1].AclGrants);
        Assert.Same(snapshot.S3Buckets[0].Tags, snapshot.S3Buckets[1].Tags);
        Assert.Equal("data", snapshot.S3Buckets[1].Tags["team"]);
        Assert.Equal(["env", "team"], snapshot.S3Buckets[0].Tags.Keys);
    }

    [Fact]
    public async Task Load_WrongValueType_NamesThePathAndExpectedType()
    {
        var path = _dir.File("type.json", """{"s3Buckets":[{"arn":"arn:aws:s3:::b","name":"b","accountId":"1","mfaDelete":"yes"}]}""");
        var e = await Assert.ThrowsAsync<VigilInputException>(() => SnapshotFile.LoadAsync(path, CancellationToken.None));
        Assert.Contains("$.s3Buckets[0].mfaDelete", e.Message, StringComparison.Ordinal);
        Assert.Contains("boolean", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_MissingRequiredProperty_SaysWhichOne()
    {
        var path = _dir.File("req.json", """{"s3Buckets":[{"name":"b","accountId":"1"}]}""");
        var e = await Assert.ThrowsAsync<VigilInputException>(() => SnapshotFile.LoadAsync(path, CancellationToken.None));
        Assert.Contains("arn", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_TruncatedFile_ReportsAnError()
    {
        var full = SnapshotFile.Serialize(Sample());
        var path = _dir.File("cut.json");
        await File.WriteAllBytesAsync(path, full[..(full.Length / 2)]);
        var e = await Assert.ThrowsAsync<VigilInputException>(() => SnapshotFile.LoadAsync(path, CancellationToken.None));
        Assert.StartsWith(path + ":", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_TruncatedGzip_ReportsAnError()
    {
        var path = _dir.File("s.json.gz");
        await SnapshotFile.SaveAsync(Sample(), path, CancellationToken.None);
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length - 20)]);
        var e = await Assert.ThrowsAsync<VigilInputException>(() => SnapshotFile.LoadAsync(path, CancellationToken.None));
        Assert.StartsWith(path + ":", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_NewerSchemaVersion_AsksForAnUpgrade()
    {
        var path = _dir.File("future.json", """{"schemaVersion":"7","s3Buckets":[{"arn":1}]}""");
        var e = await Assert.ThrowsAsync<VigilInputException>(() => SnapshotFile.LoadAsync(path, CancellationToken.None));
        Assert.Contains("schemaVersion 7", e.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade Vigil", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_NonNumericSchemaVersion_IsRejected()
    {
        var path = _dir.File("odd.json", """{"schemaVersion":"banana"}""");
        var e = await Assert.ThrowsAsync<VigilInputException>(() => SnapshotFile.LoadAsync(path, CancellationToken.None));
        Assert.Contains("banana", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_MissingFile_NamesIt()
    {
        var path = _dir.File("nope.json");
        var e = await Assert.ThrowsAsync<VigilInputException>(() => SnapshotFile.LoadAsync(path, CancellationToken.None));
        Assert.StartsWith(path + ": cannot open", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_EmptyFile_ReportsAnError()
    {
        var path = _dir.File("empty.json", "");
        await Assert.ThrowsAsync<VigilInputException>(() => SnapshotFile.LoadAsync(path, CancellationToken.None));
    }

    [Fact]
    public async Task Read_GzipIsDetectedByContentWhateverTheName()
    {
        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(SnapshotFile.Serialize(Sample()));
        }
        buffer.Position = 0;
        var snapshot = await SnapshotFile.ReadAsync(buffer, "stream", CancellationToken.None);
        Assert.Single(snapshot.S3Buckets);
    }

    [Fact]
    public void Serialize_OmitsComputedProperties()
    {
        var json = System.Text.Encoding.UTF8.GetString(SnapshotFile.Serialize(new Snapshot { S3Buckets = [TestResources.Bucket("a")] }));
        Assert.DoesNotContain("versioningEnabled", json, StringComparison.Ordinal);
        Assert.DoesNotContain("resourceType", json, StringComparison.Ordinal);
        Assert.Contains("\"arn\":\"arn:aws:s3:::a\"", json, StringComparison.Ordinal);
        _ = new S3Bucket { Arn = "a", Name = "a", AccountId = "1" };
    }
}
