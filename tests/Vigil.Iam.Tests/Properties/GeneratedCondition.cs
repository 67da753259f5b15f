using System.Globalization;
using System.Text.Json;

namespace Vigil.Iam.Tests.Properties;

/// <summary>One condition clause: operator, key and the values it is compared with.</summary>
internal sealed record GeneratedCondition(string Operator, string Key, IReadOnlyList<string> Values)
{
    public void WriteValues(Utf8JsonWriter writer, RenderStyle style)
    {
        if (style.SingleValuesAsStrings && Values.Count == 1)
        {
            WriteValue(writer, Values[0], style);
            return;
        }

        writer.WriteStartArray();
        foreach (var value in Values) WriteValue(writer, value, style);
        writer.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, string value, RenderStyle style)
    {
        if (style.TypedConditionValues && bool.TryParse(value, out var flag)) writer.WriteBooleanValue(flag);
        else if (style.TypedConditionValues && value.All(char.IsAsciiDigit) && value.Length > 0) writer.WriteNumberValue(long.Parse(value, CultureInfo.InvariantCulture));
        else writer.WriteStringValue(value);
    }
}
