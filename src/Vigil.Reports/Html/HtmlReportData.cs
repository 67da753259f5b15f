using System.Text.Json;
using Vigil.Core;
using Vigil.Core.Checks;
using Vigil.Core.Findings;
using Vigil.Reports.Json;
using Vigil.Reports.Responsibilities;

namespace Vigil.Reports.Html;

/// <summary>The data the HTML page renders: check metadata once per check, and each finding as a compact array
/// (check index, status, arn, type, name, region, account, message, mute reason, file, line) so that a hundred
/// thousand findings stay a few megabytes. Written with the default encoder, which escapes &lt;, &gt; and &amp;.</summary>
internal static class HtmlReportData
{
    public static async Task WriteAsync(ReportInput input, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output);
        var result = input.Result;
        json.WriteStartObject();
        ScanHeaderJson.Write(json, result);
        json.WriteNumber("checkCount", result.CheckCount);
        json.WriteNumber("resourceCount", result.ResourceCount);
        ScanHeaderJson.WriteSummary(json, input.Summary);

        var checks = input.Listed.Select(f => f.Check).Distinct().ToList();
        var index = checks.Select((check, i) => (check, i)).ToDictionary(p => p.check, p => p.i);
        json.WriteStartArray("checks");
        foreach (var check in checks) WriteCheck(json, check.Metadata, input);
        json.WriteEndArray();

        json.WriteStartArray("findings");
        var written = 0;
        foreach (var finding in input.Listed)
        {
            WriteFinding(json, finding, index[finding.Check]);
            if (++written % 4096 == 0) await json.FlushAsync(cancellationToken);
        }
        json.WriteEndArray();
        ComplianceJson.Write(json, result.Frameworks);
        if (input.Responsibilities is { } matrix)
        {
            json.WriteStartObject("responsibilities");
            json.WriteStartArray("services");
            foreach (var service in matrix.Services) ResponsibilityJsonWriter.WriteService(json, service, matrix.Catalog);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteCheck(Utf8JsonWriter json, CheckMetadata m, ReportInput input)
    {
        json.WriteStartObject();
        json.WriteString("id", m.Id);
        json.WriteString("title", m.Title);
        json.WriteString("severity", Vocabulary.Text(m.Severity));
        json.WriteString("service", m.Service);
        json.WriteString("domain", Vocabulary.Text(m.Domain));
        json.WriteString("responsibility", Vocabulary.Text(m.Responsibility));
        json.WriteString("risk", m.Risk);
        CheckJson.WriteRemediation(json, m.Remediation);
        CheckJson.WriteCompliance(json, input.Frameworks, m.Id);
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, int checkIndex)
    {
        var resource = finding.ResourceRef;
        json.WriteStartArray();
        json.WriteNumberValue(checkIndex);
        json.WriteStringValue(Vocabulary.Text(finding.Status));
        json.WriteStringValue(resource.Arn);
        json.WriteStringValue(resource.Type);
        json.WriteStringValue(resource.Name);
        if (resource.Region is null) json.WriteNullValue(); else json.WriteStringValue(resource.Region);
        json.WriteStringValue(resource.Account);
        json.WriteStringValue(finding.Message);
        if (finding.Mute is { } mute) json.WriteStringValue(mute.Reason); else json.WriteNullValue();
        if (resource.Location is { } location)
        {
            json.WriteStringValue(location.File);
            if (location.Line is { } line) json.WriteNumberValue(line); else json.WriteNullValue();
        }
        json.WriteEndArray();
    }
}
