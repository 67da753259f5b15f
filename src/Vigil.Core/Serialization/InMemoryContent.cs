using System.Buffers.Binary;
using System.IO.Compression;

namespace Vigil.Core.Serialization;

/// <summary>Opens a snapshot file's JSON (decompressing gzip) for reading into one array when its size is known up
/// front: the file length, or a single-member gzip file's recorded size. Null when it is not, or too large for an array.</summary>
internal static class InMemoryContent
{
    public static async Task<(Stream Content, int Size)?> TryOpenAsync(FileStream file, CancellationToken cancellationToken)
    {
        if (file.Length < 2) return null;
        var magic = new byte[2];
        await file.ReadExactlyAsync(magic, cancellationToken);
        var gzip = magic[0] == 0x1f && magic[1] == 0x8b;
        long size;
        if (gzip)
        {
            if (file.Length < 18) return null;
            var trailer = new byte[4];
            file.Position = file.Length - 4;
            await file.ReadExactlyAsync(trailer, cancellationToken);
            size = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        }
        else
        {
            size = file.Length;
        }
        if (size == 0 || size > Array.MaxLength) return null;

        file.Position = 0;
        Stream content = gzip ? new GZipStream(file, CompressionMode.Decompress, leaveOpen: true) : file;
        return (content, (int)size);
    }
}
