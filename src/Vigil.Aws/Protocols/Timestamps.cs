using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vigil.Aws.Protocols;

/// <summary>Timestamps on the wire (ISO 8601, RFC 822 or epoch seconds) and in Vigil's neutral tree (ISO 8601 UTC).</summary>
internal static class Timestamps
{
    public const string Iso8601 = "iso8601";
    public const string Rfc822 = "rfc822";
    public const string UnixTimestamp = "unixTimestamp";

    /// <summary>The neutral form: 2024-05-01T12:00:00Z, with a fraction only when there is one.</summary>
    public static string ToNeutral(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseWire(string text, string where)
    {
        var trimmed = text.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)) return FromEpoch(seconds);
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return parsed;
        }
        throw new InvalidDataException($"{where}: '{text}' is not a timestamp");
    }

    public static DateTimeOffset FromEpoch(double seconds) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));

    /// <summary>An input timestamp: an ISO 8601 string, a DateTimeOffset value, or epoch seconds.</summary>
    public static DateTimeOffset FromInput(JsonNode node, string where)
    {
        if (node is JsonValue value)
        {
            if (value.TryGetValue<DateTimeOffset>(out var dto)) return dto;
            if (value.TryGetValue<DateTime>(out var dt)) return new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc));
            if (value.GetValueKind() == JsonValueKind.Number) return FromEpoch(double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture));
            if (value.TryGetValue<string>(out var text)) return ParseWire(text, where);
        }
        throw new ArgumentException($"{where}: expected a timestamp (ISO 8601 text or epoch seconds), got {node.ToJsonString()}");
    }

    public static string Format(DateTimeOffset value, string format) => format switch
    {
        Rfc822 => value.UtcDateTime.ToString("r", CultureInfo.InvariantCulture),
        UnixTimestamp => EpochSeconds(value).ToString("R", CultureInfo.InvariantCulture),
        _ => value.UtcDateTime.Millisecond == 0
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
    };

    public static double EpochSeconds(DateTimeOffset value) => (value - DateTimeOffset.UnixEpoch).Ticks / (double)TimeSpan.TicksPerSecond;
}
