using System.Text.Json;

namespace Vigil.Iam.Tests.Properties;

/// <summary>A Principal or NotPrincipal element: "*" or principal types (AWS, Service) with their values.</summary>
internal sealed record GeneratedPrincipal(bool IsStar, IReadOnlyList<PrincipalEntry> Entries)
{
    public static readonly GeneratedPrincipal Star = new(true, []);

    public void WriteTo(Utf8JsonWriter writer, RenderStyle style)
    {
        if (IsStar && style.StarPrincipalAsString)
        {
            writer.WriteStringValue("*");
            return;
        }

        var entries = IsStar ? [new PrincipalEntry("AWS", "*")] : Entries;
        writer.WriteStartObject();
        foreach (var type in entries.Select(e => e.Type).Distinct(StringComparer.Ordinal))
        {
            writer.WritePropertyName(type);
            var values = entries.Where(e => e.Type == type).Select(e => e.Value).ToList();
            PolicyJson.WriteStrings(writer, values, style);
        }

        writer.WriteEndObject();
    }
}
