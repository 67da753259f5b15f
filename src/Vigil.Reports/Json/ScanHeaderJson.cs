using System.Text.Json;
using Vigil.Core;
using Vigil.Core.Checks;
using Vigil.Core.Findings;
using Vigil.Core.Engine;

namespace Vigil.Reports.Json;

/// <summary>What every JSON document about a scan starts with: the tool, when, from which inputs, which accounts,
/// and the counts of its findings.</summary>
internal static class ScanHeaderJson
{
    public static void Write(Utf8JsonWriter json, ScanResult result)
    {
        json.WriteStartObject("tool");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", result.ToolVersion);
        json.WriteEndObject();
        json.WriteString("scannedAt", result.ScannedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"));
        json.WriteString("evaluatedAt", result.EvaluatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"));
        json.WriteStartArray("inputs");
        foreach (var source in result.Inputs)
        {
            json.WriteStartObject();
            json.WriteString("kind", source.Kind);
            json.WriteString("source", source.Source);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("accounts");
        foreach (var account in result.Accounts)
        {
            json.WriteStartObject();
            json.WriteString("id", account.Id);
            json.WriteString("name", account.Name);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>"summary": findings by status, and failures by severity (critical first).</summary>
    public static void WriteSummary(Utf8JsonWriter json, FindingSummary summary)
    {
        json.WriteStartObject("summary");
        foreach (var status in Enum.GetValues<FindingStatus>()) json.WriteNumber(Vocabulary.Text(status), summary.Count(status));
        json.WriteStartObject("failBySeverity");
        foreach (var severity in Enum.GetValues<Severity>().Reverse()) json.WriteNumber(Vocabulary.Text(severity), summary.FailBySeverity[severity]);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
