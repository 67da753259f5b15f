using Vigil.Reports.Tests.Fixtures;
using Vigil.Testing;

namespace Vigil.Reports.Tests;

/// <summary>Each format's rendering of the fixed scan, byte for byte. VIGIL_UPDATE_GOLDEN=1 rewrites the files
/// instead; a missing file fails (it is never created silently). The HTML page is also tested in a real browser (Html/).</summary>
public sealed class GoldenFileTests
{
    public static TheoryData<string> Formats() => [.. ReportWriters.All.Select(w => w.Format)];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Render_MatchesTheGoldenFile(string format)
    {
        var writer = ReportWriters.Find(format)!;
        var asked = GoldenScan.Frameworks().Frameworks;
        var actual = await Rendered.Bytes(writer, GoldenScan.Input(asked));
        var path = RepositoryRoot.Combine("tests", "Vigil.Reports.Tests", "Golden", "scan-" + format + writer.Extension);
        if (Environment.GetEnvironmentVariable("VIGIL_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllBytesAsync(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"{path} is missing: run the tests once with VIGIL_UPDATE_GOLDEN=1 and review the new file.");
        var expected = await File.ReadAllBytesAsync(path);
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            var mismatch = expected.AsSpan().CommonPrefixLength(actual);
            Assert.Fail($"{format} output differs from {path} at byte {mismatch}: expected …{Excerpt(expected, mismatch)}…, got …{Excerpt(actual, mismatch)}… " +
                "(if the change is intended, regenerate with VIGIL_UPDATE_GOLDEN=1 and review the diff).");
        }
    }

    private static string Excerpt(byte[] bytes, int at)
    {
        var start = Math.Max(0, at - 40);
        return System.Text.Encoding.UTF8.GetString(bytes, start, Math.Min(bytes.Length, at + 40) - start);
    }
}
