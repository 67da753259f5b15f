using System.Text.Json;
using Vigil.Core.Compliance;
using Vigil.Core.Findings;

namespace Vigil.Reports.Json;

/// <summary>The scan result's "frameworks" section: per framework asked for with --framework, the score and
/// requirement counts overall and per section, and every requirement's verdict.</summary>
internal static class ComplianceJson
{
    public static void Write(Utf8JsonWriter json, IReadOnlyList<FrameworkResult> frameworks)
    {
        json.WriteStartArray("frameworks");
        foreach (var result in frameworks)
        {
            var framework = result.Framework;
            json.WriteStartObject();
            json.WriteString("id", framework.Id);
            json.WriteString("name", framework.Name);
            json.WriteString("version", framework.Version);
            WriteScore(json, result.Totals);
            WriteCounts(json, "requirements", result.Totals, withMuted: false);
            json.WriteStartArray("sections");
            foreach (var section in result.Sections)
            {
                json.WriteStartObject();
                json.WriteString("name", section.Name);
                WriteScore(json, section.Requirements);
                WriteCounts(json, "requirements", section.Requirements, withMuted: false);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("results");
            foreach (var requirement in result.Requirements) WriteRequirement(json, requirement);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteRequirement(Utf8JsonWriter json, RequirementResult result)
    {
        var requirement = result.Requirement;
        json.WriteStartObject();
        json.WriteString("id", requirement.Id);
        json.WriteString("title", requirement.Title);
        json.WriteString("section", requirement.Section);
        if (result.Evaluated) json.WriteString("status", Vocabulary.Text(result.Status));
        else json.WriteNull("status");
        json.WriteBoolean("evaluated", result.Evaluated);
        json.WriteStartArray("checks");
        foreach (var id in requirement.Checks) json.WriteStringValue(id);
        json.WriteEndArray();
        if (requirement.Checks.Count > 0) WriteCounts(json, "findings", result.Findings, withMuted: true);
        if (requirement.Manual is { } manual) json.WriteString("manual", manual);
        json.WriteEndObject();
    }

    private static void WriteScore(Utf8JsonWriter json, StatusCounts counts)
    {
        if (counts.Score is { } score) json.WriteNumber("score", score);
        else json.WriteNull("score");
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, StatusCounts counts, bool withMuted)
    {
        json.WriteStartObject(name);
        json.WriteNumber("pass", counts.Pass);
        json.WriteNumber("fail", counts.Fail);
        json.WriteNumber("error", counts.Error);
        json.WriteNumber("manual", counts.Manual);
        if (withMuted) json.WriteNumber("muted", counts.Muted);
        json.WriteEndObject();
    }
}
