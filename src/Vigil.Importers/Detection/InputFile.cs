using System.IO.Compression;
using Vigil.Core;

namespace Vigil.Importers.Detection;

/// <summary>Reads an input file, decompressing it when it is gzip (AWS Config delivers its snapshots gzipped).</summary>
internal static class InputFile
{
    /// <summary>The first <paramref name="limit"/> bytes of the (decompressed) content.</summary>
    public static byte[] ReadHead(string path, int limit) => Guard(path, () =>
    {
        using var stream = Open(path);
        var head = new byte[limit];
        var read = 0;
        while (read < head.Length)
        {
            var r = stream.Read(head, read, head.Length - read);
            if (r == 0) break;
            read += r;
        }
        Array.Resize(ref head, read);
        return head;
    });

    /// <summary>The whole (decompressed) content.</summary>
    public static byte[] ReadAll(string path) => Guard(path, () =>
    {
        using var stream = Open(path);
        using var content = new MemoryStream();
        stream.CopyTo(content);
        return content.ToArray();
    });

    private static Stream Open(string path)
    {
        var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[2];
        var n = file.Read(magic);
        file.Position = 0;
        return n == 2 && magic[0] == 0x1f && magic[1] == 0x8b ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    private static T Guard<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new VigilInputException($"{path}: no such file.");
        }
        catch (InvalidDataException e)
        {
            throw new VigilInputException($"{path}: the file starts like gzip but cannot be decompressed: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VigilInputException($"{path}: cannot read the file: {e.Message}");
        }
    }
}
