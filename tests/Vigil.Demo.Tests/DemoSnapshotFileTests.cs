using Vigil.Core.Serialization;
using Vigil.Testing;

namespace Vigil.Demo.Tests;

/// <summary>The demo estate holds every resource type with realistic values: written to a file and read back (by the
/// parallel reader and its own contract), it is the same snapshot, compressed or not.</summary>
public sealed class DemoSnapshotFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("demo.json")]
    [InlineData("demo.json.gz")]
    public async Task TheDemo_RoundTripsThroughAFile(string name)
    {
        var demo = DemoEstate.Build();
        var path = _dir.File(name);
        await SnapshotFile.SaveAsync(demo, path, CancellationToken.None);
        var loaded = await SnapshotFile.LoadAsync(path, CancellationToken.None);
        Assert.Equal(SnapshotFile.Serialize(demo), SnapshotFile.Serialize(loaded));
    }

    [Fact]
    public void TheDemo_IsReadByTheParallelReaderItself()
    {
        var demo = DemoEstate.Build();
        var bytes = SnapshotFile.Serialize(demo);
        var read = ParallelSnapshotReader.Read(ContentBuffer.Start(new MemoryStream(bytes), bytes.Length, CancellationToken.None), CancellationToken.None);
        Assert.Equal(SnapshotFile.Serialize(demo), SnapshotFile.Serialize(read));
    }
}
