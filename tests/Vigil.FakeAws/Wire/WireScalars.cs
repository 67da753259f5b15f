using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Aws.Models;

namespace Vigil.ScriptedAws.Wire;

/// <summary>Neutral-tree scalars (numbers, booleans, ISO 8601 timestamps, base64 blobs) as AWS puts them on the
/// wire: text for XML and headers, JSON values for JSON bodies; timestamps in the member's timestampFormat or
/// the protocol's default (iso8601 in XML, epoch seconds in JSON bodies, RFC 822 in headers).</summary>
internal static class WireScalars
{
    public const string Iso8601 = "iso8601";
    public const string Rfc822 = "rfc822";
    public const string Epoch = "unixTimestamp";

    public static string Text(Shape shape, JsonNode node, string timestampFormat, bool milliseconds, string where)
    {
        if (node is not JsonValue value) throw Mismatch(shape, node, where);
        var kind = value.GetValueKind();
        return shape.Type switch
        {
            ShapeType.Timestamp => Timestamp(Instant(value, where), timestampFormat, milliseconds),
            ShapeType.String or ShapeType.Blob when kind == JsonValueKind.String => value.GetValue<string>(),
            ShapeType.Boolean when kind is JsonValueKind.True or JsonValueKind.False => kind == JsonValueKind.True ? "true" : "false",
            ShapeType.Integer or ShapeType.Long when kind == JsonValueKind.Number => long.Parse(value.ToJsonString(), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            ShapeType.Float or ShapeType.Double when kind == JsonValueKind.Number => double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
            _ => throw Mismatch(shape, node, where),
        };
    }

    public static JsonNode Json(Shape shape, JsonNode node, string? timestampFormat, string where)
    {
        if (shape.Type != ShapeType.Timestamp)
        {
            if (node is not JsonValue value) throw Mismatch(shape, node, where);
            var kind = value.GetValueKind();
            var fits = shape.Type switch
            {
                ShapeType.String or ShapeType.Blob => kind == JsonValueKind.String,
                ShapeType.Boolean => kind is JsonValueKind.True or JsonValueKind.False,
                _ => kind == JsonValueKind.Number,
            };
            return fits ? node.DeepClone() : throw Mismatch(shape, node, where);
        }
        var instant = Instant(node as JsonValue ?? throw Mismatch(shape, node, where), where);
        return (timestampFormat ?? Epoch) == Epoch
            ? JsonValue.Create(Math.Round((instant - DateTimeOffset.UnixEpoch).TotalSeconds, 3))
            : JsonValue.Create(Timestamp(instant, timestampFormat!, milliseconds: false));
    }

    public static string Timestamp(DateTimeOffset value, string format, bool milliseconds)
    {
        var utc = value.UtcDateTime;
        return format switch
        {
            Rfc822 => utc.ToString("r", CultureInfo.InvariantCulture),
            Epoch => Math.Round((value - DateTimeOffset.UnixEpoch).TotalSeconds, 3).ToString("R", CultureInfo.InvariantCulture),
            _ when milliseconds => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            _ => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture),
        };
    }

    private static DateTimeOffset Instant(JsonValue value, string where)
    {
        if (value.GetValueKind() == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return parsed;
        }
        throw new ArgumentException($"{where}: expected an ISO 8601 timestamp, got {value.ToJsonString()}");
    }

    public static ArgumentException Mismatch(Shape shape, JsonNode node, string where) =>
        new($"{where}: {shape.Name} is a {shape.Type.ToString().ToLowerInvariant()}, the script has {node.ToJsonString()}");
}
