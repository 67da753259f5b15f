using System.Text.Json;
using Vigil.Access.Exposure;
using Vigil.Core;

namespace Vigil.Cli.Access;

/// <summary>The exposure report as JSON (shape documented in docs/access-exposure.md).</summary>
internal static class ExposureJsonWriter
{
    public static async Task WriteAsync(ExposureOutput output, Stream stream, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        var report = output.Report;
        json.WriteStartObject();
        AccessAnswerJson.WriteHeader(json);
        json.WriteString("analysedAt", output.AnalysedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteStartArray("inputs");
        foreach (var source in output.Sources)
        {
            json.WriteStartObject();
            json.WriteString("kind", source.Kind);
            json.WriteString("source", source.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("accounts");
        foreach (var (id, name) in output.Accounts)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("name", name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteSummary(json, report);
        Strings(json, "problems", report.Problems);
        json.WriteStartArray("resources");
        foreach (var resource in report.Resources) WriteResource(json, resource);
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteSummary(Utf8JsonWriter json, ExposureReport report)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("resourcesExamined", report.ResourcesExamined);
        json.WriteNumber("exposed", report.Resources.Count(r => r.Grants.Any(g => g.NeutralisedBy is null)));
        json.WriteNumber("neutralised", report.Resources.Count(r => r.Grants.Count > 0 && r.Grants.All(g => g.NeutralisedBy is not null)));
        json.WriteNumber("withProblems", report.Resources.Count(r => r.Problems.Count > 0));
        json.WriteStartObject("grantsByLabel");
        foreach (var label in Enum.GetValues<ExposureLabel>())
            json.WriteNumber(ExposureVocabulary.Label(label), report.Resources.SelectMany(r => r.Grants).Count(g => g.Label == label && g.NeutralisedBy is null));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResource(Utf8JsonWriter json, ExposedResource resource)
    {
        json.WriteStartObject();
        json.WriteString("type", resource.ResourceType);
        json.WriteString("arn", resource.Arn);
        json.WriteString("name", resource.Name);
        json.WriteString("account", resource.AccountId);
        if (resource.Region is null) json.WriteNull("region");
        else json.WriteString("region", resource.Region);
        json.WriteStartArray("grants");
        foreach (var grant in resource.Grants) WriteGrant(json, grant);
        json.WriteEndArray();
        Strings(json, "problems", resource.Problems);
        json.WriteEndObject();
    }

    private static void WriteGrant(Utf8JsonWriter json, ExposureGrant grant)
    {
        json.WriteStartObject();
        json.WriteString("reachedBy", ExposureVocabulary.ReachedBy(grant.ReachedBy));
        json.WriteString("who", grant.Who);
        if (grant.Account is null) json.WriteNull("account");
        else json.WriteString("account", grant.Account);
        json.WriteString("label", ExposureVocabulary.Label(grant.Label));
        json.WriteString("via", grant.Via);
        json.WriteStartArray("actions");
        foreach (var level in grant.Actions)
        {
            json.WriteStartObject();
            json.WriteString("accessLevel", level.Level);
            Strings(json, "actions", level.Actions);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("conditions");
        foreach (var condition in grant.Conditions)
        {
            json.WriteStartObject();
            json.WriteString("statement", condition.Statement);
            json.WriteString("operator", condition.Operator);
            json.WriteString("key", condition.Key);
            Strings(json, "values", condition.Values);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "blockedActions", grant.BlockedActions);
        if (grant.NeutralisedBy is null) json.WriteNull("neutralisedBy");
        else json.WriteString("neutralisedBy", grant.NeutralisedBy);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
