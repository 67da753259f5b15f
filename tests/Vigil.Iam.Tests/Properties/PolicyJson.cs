using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vigil.Iam.Tests.Properties;

/// <summary>Shared JSON writing for generated policies.</summary>
internal static class PolicyJson
{
    public static void WriteStrings(Utf8JsonWriter writer, IReadOnlyList<string> values, RenderStyle style)
    {
        if (style.SingleValuesAsStrings && values.Count == 1)
        {
            writer.WriteStringValue(values[0]);
            return;
        }

        writer.WriteStartArray();
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    public static string Write(Action<Utf8JsonWriter> write, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
