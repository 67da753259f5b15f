using System.IO.Compression;
using System.Text.Json;
using Vigil.Core.Model;

namespace Vigil.Core.Serialization;

/// <summary>Reads and writes snapshot files: JSON, gzip-compressed when the name ends ".gz" (and detected by
/// content when reading). Every problem becomes a <see cref="VigilInputException"/> naming the file.</summary>
public static class SnapshotFile
{
    public static async Task<Snapshot> LoadAsync(string path, CancellationToken cancellationToken)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VigilInputException($"{path}: cannot open the snapshot: {e.Message}");
        }
        await using (file)
        {
            var content = await InMemoryContent.TryReadAsync(file, cancellationToken);
            if (content is not null) return Parse(content, path, cancellationToken);
            file.Position = 0;
            return await ReadAsync(file, path, cancellationToken);
        }
    }

    /// <summary>A whole document in memory: read in parallel, and on any problem read again sequentially,
    /// which reports the exact line and JSON path.</summary>
    private static Snapshot Parse(byte[] content, string source, CancellationToken cancellationToken)
    {
        SchemaVersion.EnsureSupported(SchemaVersion.Probe(content.AsSpan(0, Math.Min(content.Length, 1 << 16))), source);
        Snapshot? snapshot;
        try
        {
            snapshot = ParallelSnapshotReader.Read(content, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or AggregateException or InvalidOperationException or ArgumentException)
        {
            try
            {
                snapshot = JsonSerializer.Deserialize(content, VigilJsonContext.Default.Snapshot);
            }
            catch (JsonException exact)
            {
                throw new VigilInputException($"{source}: {JsonErrors.Describe(exact)}");
            }
            if (snapshot is null) throw new VigilInputException($"{source}: the file holds 'null', not a snapshot.");
        }
        SchemaVersion.EnsureSupported(snapshot.SchemaVersion, source);
        return snapshot;
    }

    public static async Task<Snapshot> ReadAsync(Stream input, string source, CancellationToken cancellationToken)
    {
        var stream = await OpenContentAsync(input, cancellationToken);
        await using var _ = stream == input ? null : stream;
        var buffered = new BufferedStream(stream, 1 << 16);
        var head = await PeekAsync(buffered, 1 << 16, cancellationToken);
        SchemaVersion.EnsureSupported(SchemaVersion.Probe(head.Span), source);

        Snapshot? snapshot;
        try
        {
            snapshot = await JsonSerializer.DeserializeAsync(new PrefixedStream(head, buffered), VigilJsonContext.Default.Snapshot, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new VigilInputException($"{source}: {JsonErrors.Describe(e)}");
        }
        catch (InvalidDataException e)
        {
            throw new VigilInputException($"{source}: the compressed data is damaged: {e.Message}");
        }
        catch (EndOfStreamException)
        {
            throw new VigilInputException($"{source}: the file ends early (truncated).");
        }
        if (snapshot is null) throw new VigilInputException($"{source}: the file holds 'null', not a snapshot.");
        SchemaVersion.EnsureSupported(snapshot.SchemaVersion, source);
        return snapshot;
    }

    public static async Task SaveAsync(Snapshot snapshot, string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            await using var gzip = new GZipStream(file, CompressionLevel.Optimal);
            await JsonSerializer.SerializeAsync(gzip, snapshot, VigilJsonContext.Default.Snapshot, cancellationToken);
        }
        else
        {
            await JsonSerializer.SerializeAsync(file, snapshot, VigilJsonContext.Default.Snapshot, cancellationToken);
        }
    }

    public static byte[] Serialize(Snapshot snapshot) => JsonSerializer.SerializeToUtf8Bytes(snapshot, VigilJsonContext.Default.Snapshot);

    private static async Task<Stream> OpenContentAsync(Stream input, CancellationToken cancellationToken)
    {
        var buffered = input.CanSeek ? input : new BufferedStream(input);
        var magic = new byte[2];
        var read = 0;
        while (read < 2)
        {
            var n = await buffered.ReadAsync(magic.AsMemory(read), cancellationToken);
            if (n == 0) break;
            read += n;
        }
        Stream content = new PrefixedStream(magic.AsMemory(0, read), buffered);
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b ? new GZipStream(content, CompressionMode.Decompress) : content;
    }

    private static async Task<ReadOnlyMemory<byte>> PeekAsync(Stream stream, int size, CancellationToken cancellationToken)
    {
        var buffer = new byte[size];
        var read = 0;
        while (read < size)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0) break;
            read += n;
        }
        return buffer.AsMemory(0, read);
    }
}
