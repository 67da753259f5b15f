using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vigil.Reports;

/// <summary>How the JSON formats write: indented, non-ASCII text kept readable, '&lt;', '&gt;', '&amp;' and quotes
/// escaped by the JSON rules only.</summary>
internal static class JsonOutput
{
    public static Utf8JsonWriter Writer(Stream output) =>
        new(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private const int FlushThreshold = 1 << 16;

    /// <summary>Called after each record: hands what is pending to the stream once it passes 64 KiB, so a large report
    /// streams in bounded writes instead of growing one buffer.</summary>
    public static ValueTask FlushIfFullAsync(Utf8JsonWriter json, CancellationToken cancellationToken) =>
        json.BytesPending > FlushThreshold ? new ValueTask(json.FlushAsync(cancellationToken)) : ValueTask.CompletedTask;
}
