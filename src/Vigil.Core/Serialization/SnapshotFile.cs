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
            if (await InMemoryContent.TryOpenAsync(file, cancellationToken) is var (content, size))
            {
                await using (content == file ? null : content)
                {
                    var snapshot = Parse(ContentBuffer.Start(content, size, cancellationToken), path, cancellationToken);
                    if (snapshot is not null) return LongLived.Settle(snapshot);
                }
            }
            file.Position = 0;
            return LongLived.Settle(await ReadAsync(file, path, cancellationToken));
        }
    }

    /// <summary>A document of known size, read on every core as it arrives. On malformed JSON it is read again
    /// sequentially, which reports the exact line and JSON path; null when the content itself could not be read
    /// (truncated or damaged), for the streaming path to report.</summary>
    private static Snapshot? Parse(ContentBuffer content, string source, CancellationToken cancellationToken)
    {
        Snapshot? snapshot;
        try
        {
            content.WaitFor(1 << 16, cancellationToken);
            SchemaVersion.EnsureSupported(SchemaVersion.Probe(content.Bytes.AsSpan(0, Math.Min(content.Size, 1 << 16))), source);
            snapshot = ParallelSnapshotReader.Read(content, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or AggregateException or InvalidOperationException or ArgumentException
                                      or EndOfStreamException or InvalidDataException)
        {
            try
            {
                content.Completion.GetAwaiter().GetResult();
            }
            catch (Exception unreadable) when (unreadable is EndOfStreamException or InvalidDataException)
            {
                return null;
            }
            try
            {
                snapshot = JsonSerializer.Deserialize(content.Bytes, VigilJsonContext.Default.Snapshot);
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
