using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Core;
using Vigil.Core.Checks;
using Vigil.Core.Findings;

namespace Vigil.Reports.Json;

/// <summary>The scan result JSON of CONTRACTS.md, streamed so that a million findings never sit in one string.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    public string Format => "json";
    public string Extension => ".json";

    public async Task WriteAsync(ReportInput input, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var result = input.Result;
        json.WriteStartObject();
        json.WriteString("schemaVersion", "1");
        ScanHeaderJson.Write(json, result);
        ScanHeaderJson.WriteSummary(json, input.Summary);
        if (result.Frameworks.Count > 0) ComplianceJson.Write(json, result.Frameworks);
        json.WriteStartArray("findings");
        foreach (var finding in input.Listed)
        {
            WriteFinding(json, finding, input);
            await JsonOutput.FlushIfFullAsync(json, cancellationToken);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, ReportInput input)
    {
        var m = finding.Metadata;
        var resource = finding.ResourceRef;
        json.WriteStartObject();
        json.WriteString("id", FindingId.For(m.Id, resource.Arn));
        json.WriteString("checkId", m.Id);
        json.WriteString("title", m.Title);
        json.WriteString("severity", Vocabulary.Text(m.Severity));
        json.WriteString("status", Vocabulary.Text(finding.Status));
        json.WriteString("service", m.Service);
        json.WriteString("domain", Vocabulary.Text(m.Domain));
        json.WriteString("responsibility", Vocabulary.Text(m.Responsibility));
        json.WriteStartObject("resource");
        json.WriteString("arn", resource.Arn);
        json.WriteString("type", resource.Type);
        json.WriteString("name", resource.Name);
        if (resource.Region is null) json.WriteNull("region"); else json.WriteString("region", resource.Region);
        json.WriteString("account", resource.Account);
        json.WriteEndObject();
        json.WriteString("message", finding.Message);
        if (finding.Mute is { } mute)
        {
            json.WriteStartObject("muted");
            json.WriteString("status", Vocabulary.Text(finding.EffectiveStatus));
            json.WriteString("reason", mute.Reason);
            if (mute.Expires is { } expires) json.WriteString("expires", expires.ToString("yyyy-MM-dd"));
            json.WriteEndObject();
        }
        CheckJson.WriteCompliance(json, input.Frameworks, m.Id);
        CheckJson.WriteRemediation(json, m.Remediation);
        if (resource.Location is { } location)
        {
            json.WriteStartObject("location");
            json.WriteString("file", location.File);
            if (location.Line is { } line) json.WriteNumber("line", line);
            if (location.Address is { } address) json.WriteString("address", address);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }
}
