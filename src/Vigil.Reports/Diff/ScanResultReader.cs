using System.Buffers;
using System.IO.Compression;
using System.Text.Json;
using Vigil.Core;

namespace Vigil.Reports.Diff;

/// <summary>Reads the findings of a `vigil scan --format json` file (plain or gzip) with a forward-only JSON reader
/// over a growing buffer, keeping only id → (check, resource, status, severity): a file of a million findings is
/// never held whole. Anything that is not such a file is a <see cref="VigilInputException"/> naming file and problem.</summary>
public static class ScanResultReader
{
    private const int InitialBuffer = 1 << 16;

    public static async Task<ScanFindings> ReadAsync(string path, CancellationToken cancellationToken)
    {
        Stream file;
        try
        {
            file = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VigilInputException(e is FileNotFoundException or DirectoryNotFoundException
                ? $"{path}: file not found."
                : $"{path}: cannot be read: {e.Message}");
        }
        await using (file)
        {
            var input = await IsGzipAsync(file, cancellationToken) ? new GZipStream(file, CompressionMode.Decompress) : file;
            try
            {
                return await ReadAsync(path, input, cancellationToken);
            }
            catch (JsonException e)
            {
                throw new VigilInputException($"{path}: not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {FirstSentence(e.Message)}");
            }
            catch (InvalidDataException e)
            {
                throw new VigilInputException($"{path}: not a readable gzip file: {e.Message}");
            }
        }
    }

    private static async Task<ScanFindings> ReadAsync(string path, Stream input, CancellationToken cancellationToken)
    {
        var parser = new ScanResultParser(path);
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
        try
        {
            var filled = 0;
            var final = false;
            var state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            while (true)
            {
                if (!final)
                {
                    if (filled == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, filled).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                    var read = await input.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                    if (read == 0) final = true;
                    filled += read;
                }
                var consumed = parser.Feed(buffer.AsSpan(0, filled), final, ref state);
                if (parser.Done) break;
                if (final && consumed == 0) throw new VigilInputException($"{path}: the JSON ends before the document is complete.");
                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
            }
            return parser.Result();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<bool> IsGzipAsync(Stream file, CancellationToken cancellationToken)
    {
        var magic = new byte[2];
        var read = await file.ReadAtLeastAsync(magic, 2, throwOnEndOfStream: false, cancellationToken);
        file.Position = 0;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
