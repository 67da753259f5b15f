using System.Diagnostics;
using System.IO.Compression;
using Vigil.Core.Serialization;

namespace Vigil.Benchmarks;

/// <summary>The parts of loading that one thread does alone, timed apart: decompressing the file, and finding where
/// its values end (three rounds over the decompressed bytes).</summary>
internal static class LoadPhases
{
    public static int Run(string path)
    {
        var watch = Stopwatch.StartNew();
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        var output = new MemoryStream();
        gzip.CopyTo(output);
        var bytes = output.ToArray();
        Console.WriteLine($"decompress {watch.Elapsed.TotalSeconds:F2} s ({bytes.Length >> 20} MB)");
        for (var round = 0; round < 3; round++)
        {
            watch.Restart();
            var content = ContentBuffer.Start(new MemoryStream(bytes), bytes.Length, CancellationToken.None);
            content.Completion.Wait();
            var filled = watch.Elapsed.TotalSeconds;
            watch.Restart();
            var scanner = new JsonExtentScanner(content, CancellationToken.None);
            scanner.SkipValue();
            Console.WriteLine($"copy {filled:F2} s, extent scan {watch.Elapsed.TotalSeconds:F2} s");
        }
        return 0;
    }
}
