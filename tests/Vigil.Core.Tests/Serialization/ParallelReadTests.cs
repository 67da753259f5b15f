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
}
