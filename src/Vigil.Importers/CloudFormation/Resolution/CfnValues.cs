using System.Text;
using System.Text.Json;

namespace Vigil.Importers.CloudFormation.Resolution;

/// <summary>Reading helpers over resolved values.</summary>
internal static class CfnValues
{
    /// <summary>The path (below <paramref name="path"/>) and reason of the first unknown inside <paramref name="value"/>, or null when all is known.</summary>
    public static (string Path, string Reason)? FirstUnknown(CfnValue value, string path)
    {
        switch (value)
        {
            case CfnUnknown unknown:
                return (path, unknown.Reason);
            case CfnList list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (FirstUnknown(list.Items[i], $"{path}[{i}]") is { } found) return found;
                }
                return null;
            case CfnMap map:
                foreach (var (key, item) in map.Entries)
                {
                    if (FirstUnknown(item, path.Length == 0 ? key : $"{path}.{key}") is { } found) return found;
                }
                return null;
            default:
                return null;
        }
    }

    /// <summary>A fully known value as JSON (scalars as strings, as CloudFormation passes them on).</summary>
    public static string ToJson(CfnValue value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, value);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, CfnValue value)
    {
        switch (value)
        {
            case CfnString s:
                writer.WriteStringValue(s.Value);
                break;
            case CfnList list:
                writer.WriteStartArray();
                foreach (var item in list.Items) Write(writer, item);
                writer.WriteEndArray();
                break;
            case CfnMap map:
                writer.WriteStartObject();
                foreach (var (key, item) in map.Entries)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }
                writer.WriteEndObject();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
