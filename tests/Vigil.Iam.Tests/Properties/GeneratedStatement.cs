using System.Text.Json;

namespace Vigil.Iam.Tests.Properties;

/// <summary>A policy statement kept as data, so properties can rewrite it before it is written as JSON and parsed.</summary>
internal sealed record GeneratedStatement(
    string? Sid,
    bool Allow,
    bool NotAction,
    IReadOnlyList<string> Actions,
    bool NotResource,
    IReadOnlyList<string> Resources,
    GeneratedPrincipal? Principal,
    bool NotPrincipal,
    IReadOnlyList<GeneratedCondition> Conditions)
{
    public static GeneratedStatement AllowAll(GeneratedPrincipal? principal = null) =>
        new(null, true, false, ["*"], false, ["*"], principal, false, []);

    public string Effect => Allow ? "Allow" : "Deny";

    public override string ToString() => PolicyJson.Write(writer => WriteTo(writer, RenderStyle.Canonical), indented: false);

    public void WriteTo(Utf8JsonWriter writer, RenderStyle style)
    {
        writer.WriteStartObject();
        if (Sid is not null) writer.WriteString(nameof(Sid), Sid);
        writer.WriteString(nameof(Effect), Effect);
        if (Principal is not null)
        {
            writer.WritePropertyName(NotPrincipal ? "NotPrincipal" : "Principal");
            Principal.WriteTo(writer, style);
        }

        writer.WritePropertyName(NotAction ? "NotAction" : "Action");
        PolicyJson.WriteStrings(writer, Actions, style);
        writer.WritePropertyName(NotResource ? "NotResource" : "Resource");
        PolicyJson.WriteStrings(writer, Resources, style);
        if (Conditions.Count > 0) WriteConditions(writer, style);
        writer.WriteEndObject();
    }

    private void WriteConditions(Utf8JsonWriter writer, RenderStyle style)
    {
        writer.WriteStartObject("Condition");
        foreach (var op in Conditions.Select(c => c.Operator).Distinct(StringComparer.Ordinal))
        {
            writer.WriteStartObject(op);
            foreach (var clause in Conditions.Where(c => c.Operator == op))
            {
                writer.WritePropertyName(clause.Key);
                clause.WriteValues(writer, style);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
