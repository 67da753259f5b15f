using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Core;
using Vigil.Core.Findings;
using Vigil.Core.Responsibilities;

using Vigil.Reports.Json;

namespace Vigil.Reports.Responsibilities;

/// <summary>The responsibility matrix as JSON (shape documented in the README, "Responsibility matrix JSON").</summary>
public static class ResponsibilityJsonWriter
{
    public static async Task WriteAsync(ResponsibilityReport report, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var result = report.Result;
        var catalog = report.Matrix.Catalog;
        json.WriteStartObject();
        json.WriteString("schemaVersion", "1");
        ScanHeaderJson.Write(json, result);
        json.WriteStartObject("summary");
        json.WriteNumber("services", report.Matrix.Services.Count);
        WriteCounts(json, "duties", report.DutyCounts);
        json.WriteEndObject();
        json.WriteStartArray("awsCommonDuties");
        foreach (var duty in catalog.CommonAwsDuties)
        {
            json.WriteStartObject();
            json.WriteString("id", duty.Id);
            json.WriteString("text", duty.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("services");
        foreach (var service in report.Matrix.Services) WriteService(json, service, catalog);
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    internal static void WriteService(Utf8JsonWriter json, ServiceResult result, ResponsibilityCatalog catalog)
    {
        var service = result.Service;
        json.WriteStartObject();
        json.WriteString("id", service.Id);
        json.WriteString("name", service.Name);
        json.WriteString("category", ResponsibilityVocabulary.Text(service.Category));
        json.WriteString("categoryBasis", ResponsibilityVocabulary.Text(service.CategoryBasis));
        json.WriteString("categoryNote", service.CategoryNote);
        json.WriteStartObject("presence");
        json.WriteNumber("resources", result.Resources);
        json.WriteStartArray("settings");
        foreach (var setting in result.Settings) json.WriteStringValue(setting);
        json.WriteEndArray();
        json.WriteNumber("collectionErrors", result.CollectionErrors);
        json.WriteEndObject();
        WriteCounts(json, "summary", ResponsibilityReport.CountByStatus(result.Duties));
        json.WriteStartArray("evidence");
        foreach (var id in service.Evidence)
        {
            var report = catalog.EvidenceReport(id);
            json.WriteStartObject();
            json.WriteString("id", report.Id);
            json.WriteString("name", report.Name);
            json.WriteString("description", report.Description);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("duties");
        foreach (var duty in result.Duties) WriteDuty(json, duty);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDuty(Utf8JsonWriter json, DutyResult duty)
    {
        json.WriteStartObject();
        json.WriteString("id", duty.Id);
        json.WriteString("owner", Vocabulary.Text(duty.Owner));
        json.WriteString("status", ResponsibilityVocabulary.Text(duty.Status));
        json.WriteString("title", duty.Title);
        json.WriteString("text", duty.Text);
        json.WriteString("aws", duty.AwsPart);
        json.WriteStartObject("counts");
        json.WriteNumber("pass", duty.Pass);
        json.WriteNumber("fail", duty.Fail);
        json.WriteNumber("error", duty.Error);
        json.WriteNumber("manual", duty.ManualFindings);
        json.WriteEndObject();
        json.WriteStartArray("checks");
        foreach (var check in duty.Checks)
        {
            json.WriteStartObject();
            json.WriteString("id", check.CheckId);
            json.WriteNumber("pass", check.Pass);
            json.WriteNumber("fail", check.Fail);
            json.WriteNumber("error", check.Error);
            json.WriteNumber("manual", check.Manual);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("manual", duty.Manual);
        json.WriteString("awsDefault", duty.AwsDefault);
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, IReadOnlyDictionary<DutyStatus, int> counts)
    {
        json.WriteStartObject(name);
        foreach (var (status, count) in counts) json.WriteNumber(ResponsibilityVocabulary.Text(status), count);
        json.WriteEndObject();
    }
}
