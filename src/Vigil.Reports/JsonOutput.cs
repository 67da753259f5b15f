using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vigil.Reports;

/// <summary>How the JSON formats write: indented, non-ASCII text kept readable, '&lt;', '&gt;', '&amp;' and quotes
/// escaped by the JSON rules only.</summary>
internal static class JsonOutput
{
    public static Utf8JsonWriter Writer(Stream output) =>
        new(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Flush every so many records so a large report streams instead of growing one buffer.</summary>
    public const int FlushEvery = 4096;
}
