using Vigil.Core.Serialization;
using Vigil.Testing;

namespace Vigil.Core.Tests.Serialization;

/// <summary>The parallel reader delimits resource elements without tokenizing them: whatever JSON the sequential reader
/// accepts (comments, trailing commas, a byte-order mark, brackets and escaped quotes inside strings) reads the same, and
/// whatever it rejects is still reported with its exact line.</summary>
public sealed class ParallelReadTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Tricky = """
        // a snapshot written by hand
        {
          "schemaVersion": "1", /* the current schema */
          "s3\u0042uckets": [
            {"arn": "arn:aws:s3:::a", "name": "a", "accountId": "1", "policy": "{\"Statement\":[{\"Sid\":\"x]}\\\"\"}]}"},
            {"arn": "arn:aws:s3:::b", "name": "b", "accountId": "1", "tags": {"note": "[{/* not a comment */}]"}}, // b
          ],
          "sqsQueues": [],
          "unknownProperty": {"ignored": [1, 2, {"deep": true}]},
          "errors": null,
        }
        """;

    [Fact]
    public async Task HandWrittenJson_ReadsAsTheSequentialReaderReadsIt()
    {
        var path = _dir.File("tricky.json", "\uFEFF" + Tricky);
        var loaded = await SnapshotFile.LoadAsync(path, CancellationToken.None);
        Assert.Equal(["a", "b"], loaded.S3Buckets.Select(b => b.Name));
        Assert.Equal("""{"Statement":[{"Sid":"x]}\""}]}""", loaded.S3Buckets[0].Policy);
        Assert.Equal("[{/* not a comment */}]", loaded.S3Buckets[1].Tags["note"]);
        Assert.Empty(loaded.SqsQueues);
    }

    [Fact]
    public void HandWrittenJson_IsReadByTheParallelReaderItself()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("\uFEFF" + Tricky);
        var content = ContentBuffer.Start(new MemoryStream(bytes), bytes.Length, CancellationToken.None);
        var read = ParallelSnapshotReader.Read(content, CancellationToken.None);
        Assert.Equal(["a", "b"], read.S3Buckets.Select(b => b.Name));
        Assert.Equal("[{/* not a comment */}]", read.S3Buckets[1].Tags["note"]);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":\"1\",\n\"s3Buckets\":[{\"arn\":\"a\",\"name\":\"a\",\"accountId\":\"1\"]}\n]}", "line 2")]
    [InlineData("{\"schemaVersion\":\"1\",\n\"s3Buckets\":[{\"arn\":\"a\",\"name\":\"a\",\"accountId\":\"1\"} {\"arn\":\"b\"}]}", "line 2")]
    [InlineData("{\"schemaVersion\":\"1\",\n\"s3Buckets\":[]\n} trailing", "line 3")]
    [InlineData("{\"schemaVersion\":\"1\",\n\"s3Buckets\":[{\"arn\":\"a\",\"name\":\"a\",\"accountId\":\"1\"}", "line 2")]
    public async Task MalformedStructure_IsReportedWithItsLine(string json, string line)
    {
        var path = _dir.File("bad.json", json);
        var e = await Assert.ThrowsAsync<VigilInputException>(() => SnapshotFile.LoadAsync(path, CancellationToken.None));
        Assert.StartsWith($"{path}: {line}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingRequiredProperty_IsReportedWithItsLine()
    {
        var path = _dir.File("unnamed.json", "{\"schemaVersion\":\"1\",\n\"s3Buckets\":[\n{\"arn\":\"arn:aws:s3:::a\",\"accountId\":\"1\"}]}");
        var e = await Assert.ThrowsAsync<VigilInputException>(() => SnapshotFile.LoadAsync(path, CancellationToken.None));
        Assert.StartsWith($"{path}: line 3", e.Message, StringComparison.Ordinal);
        Assert.Contains("name", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingRequiredProperty_IsFoundByTheParallelReaderItself()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("""{"schemaVersion":"1","s3Buckets":[{"arn":"arn:aws:s3:::a","name":"a"}]}""");
        var content = ContentBuffer.Start(new MemoryStream(bytes), bytes.Length, CancellationToken.None);
        var e = Assert.ThrowsAny<Exception>(() => ParallelSnapshotReader.Read(content, CancellationToken.None));
        Assert.Contains("'accountId'", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_AreReadInOrder_TheLastOfADuplicateKeyWinning_AndEqualSetsAreShared()
    {
        var many = string.Join(",", Enumerable.Range(0, 40).Select(i => $"\"k{i}\":\"v{i}\""));
        var json = $$$"""
            {"schemaVersion":"1","s3Buckets":[
              {"arn":"arn:aws:s3:::a","name":"a","accountId":"1","tags":{"team":"x","env":"prod","team":"y"}},
              {"arn":"arn:aws:s3:::b","name":"b","accountId":"1","tags":{"team":"y","env":"prod"}},
              {"arn":"arn:aws:s3:::c","name":"c","accountId":"1","tags":{"env":"prod","team":"y"}},
              {"arn":"arn:aws:s3:::d","name":"d","accountId":"1","tags":{{{{many}}}}},
              {"arn":"arn:aws:s3:::e","name":"e","accountId":"1","tags":{}}]}
            """;
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var read = ParallelSnapshotReader.Read(ContentBuffer.Start(new MemoryStream(bytes), bytes.Length, CancellationToken.None), CancellationToken.None);
        var (a, b, c, d, e) = (read.S3Buckets[0].Tags, read.S3Buckets[1].Tags, read.S3Buckets[2].Tags, read.S3Buckets[3].Tags, read.S3Buckets[4].Tags);
        Assert.Equal(["team", "env"], a.Keys);
        Assert.Equal("y", a["team"]);
        Assert.Same(a, b);
        Assert.NotSame(a, c);
        Assert.Equal(["env", "team"], c.Keys);
        Assert.Equal(40, d.Count);
        Assert.Equal("v39", d["k39"]);
        Assert.Empty(e);
    }

    [Fact]
    public void PooledValues_ReadBackExactly_AndRepeatedOnesAreOneInstance()
    {
        var accounts = Enumerable.Range(0, 40_000).Select(i => (100_000_000_000L + i * 7919L).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var buckets = accounts.Concat(accounts).Select((account, i) => $$"""{"arn":"arn:aws:s3:::b{{i}}","name":"b{{i}}","accountId":"{{account}}","region":"eu-west-{{i % 3}}"}""");
        var bytes = System.Text.Encoding.UTF8.GetBytes($$"""{"schemaVersion":"1","s3Buckets":[{{string.Join(",", buckets)}}]}""");
        var read = ParallelSnapshotReader.Read(ContentBuffer.Start(new MemoryStream(bytes), bytes.Length, CancellationToken.None), CancellationToken.None);
        Assert.Equal(accounts.Concat(accounts), read.S3Buckets.Select(b => b.AccountId));
        Assert.Equal(Enumerable.Range(0, read.S3Buckets.Count).Select(i => $"eu-west-{i % 3}"), read.S3Buckets.Select(b => b.Region));
        Assert.Same(read.S3Buckets[5].AccountId, read.S3Buckets[40_005].AccountId);
        Assert.Same(read.S3Buckets[0].Region, read.S3Buckets[3].Region);
    }
}
