using System.Text.Json;
using Vigil.Core.Checks;
using Vigil.Core.Findings;

namespace Vigil.Reports.Sarif;

/// <summary>SARIF 2.1.0: one rule per check (help text and Markdown with the remediation), one result per listed
/// finding with an explicit kind and level and a stable partial fingerprint. Findings from infrastructure-as-code
/// carry the file and line (when the input has lines) and a second logical location, the declaration's address in the
/// template or plan; every finding has a logical location named by the resource ARN. Muted findings carry an
/// accepted external suppression with the reason.</summary>
public sealed class SarifReportWriter : IReportWriter
{
    public const string FingerprintName = "vigilFindingId/v1";

    public string Format => "sarif";
    public string Extension => ".sarif";

    public async Task WriteAsync(ReportInput input, Stream output, CancellationToken cancellationToken)
    {
        var rules = input.Listed.Select(f => f.Metadata).DistinctBy(m => m.Id).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((m, i) => (m.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        await using var json = JsonOutput.Writer(output);
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "Vigil");
        json.WriteString("version", input.Result.ToolVersion);
        json.WriteString("semanticVersion", input.Result.ToolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in rules) SarifRule.Write(json, rule, input);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        json.WriteString("endTimeUtc", ReportText.Timestamp(input.Result.ScannedAt));
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("results");
        foreach (var finding in input.Listed)
        {
            WriteResult(json, finding, ruleIndex[finding.Metadata.Id]);
            await JsonOutput.FlushIfFullAsync(json, cancellationToken);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, int ruleIndex)
    {
        var m = finding.Metadata;
        var resource = finding.ResourceRef;
        var status = finding.EffectiveStatus;
        json.WriteStartObject();
        json.WriteString("ruleId", m.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("kind", SarifLevel.Kind(status));
        json.WriteString("level", SarifLevel.ResultLevel(status, m.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        if (resource.Location is { } location)
        {
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", SarifUri.Of(location.File));
            json.WriteEndObject();
            if (location.Line is { } line and > 0)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", line);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("name", resource.Name);
        json.WriteString("fullyQualifiedName", resource.Arn);
        json.WriteString("kind", "resource");
        json.WriteEndObject();
        if (resource.Location?.Address is { } address)
        {
            json.WriteStartObject();
            json.WriteString("name", address);
            json.WriteString("fullyQualifiedName", address);
            json.WriteString("kind", "declaration");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintName, finding.Id);
        json.WriteEndObject();
        if (finding.Mute is { } mute)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("status", "accepted");
            json.WriteString("justification", mute.Reason);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteStartObject("properties");
        json.WriteString("status", Vocabulary.Text(finding.Status));
        json.WriteString("resourceArn", resource.Arn);
        json.WriteString("resourceType", resource.Type);
        json.WriteString("account", resource.Account);
        if (resource.Region is { } region) json.WriteString("region", region);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
