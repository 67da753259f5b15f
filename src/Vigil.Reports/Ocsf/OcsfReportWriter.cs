using System.Text.Json;
using Vigil.Core.Findings;

using Vigil.Reports.Json;

namespace Vigil.Reports.Ocsf;

/// <summary>A JSON array of OCSF 1.3.0 Detection Finding records (class 2004, activity Create), one per listed
/// finding, with the cloud profile: the check as finding_info and analytic, the resource, the AWS account and region,
/// the remediation, and Vigil's own status, compliance ids and remediation snippets under "unmapped".</summary>
public sealed class OcsfReportWriter : IReportWriter
{
    public string Format => "ocsf";
    public string Extension => ".ocsf.json";

    public async Task WriteAsync(ReportInput input, Stream output, CancellationToken cancellationToken)
    {
        await using var json = JsonOutput.Writer(output);
        var time = input.Result.ScannedAt.ToUnixTimeMilliseconds();
        var accountNames = input.Result.Accounts.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        json.WriteStartArray();
        foreach (var finding in input.Listed)
        {
            WriteRecord(json, finding, input, time, accountNames);
            await JsonOutput.FlushIfFullAsync(json, cancellationToken);
        }
        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteRecord(Utf8JsonWriter json, Finding finding, ReportInput input, long time, Dictionary<string, string> accountNames)
    {
        var m = finding.Metadata;
        var resource = finding.ResourceRef;
        var (severityId, severity) = OcsfVocabulary.Severity(m.Severity);
        var (statusId, status) = OcsfVocabulary.Status(finding.Status);
        json.WriteStartObject();
        json.WriteNumber("activity_id", OcsfVocabulary.ActivityCreate);
        json.WriteString("activity_name", "Create");
        json.WriteNumber("category_uid", OcsfVocabulary.CategoryUid);
        json.WriteString("category_name", OcsfVocabulary.CategoryName);
        json.WriteNumber("class_uid", OcsfVocabulary.ClassUid);
        json.WriteString("class_name", OcsfVocabulary.ClassName);
        json.WriteNumber("type_uid", OcsfVocabulary.TypeUid);
        json.WriteString("type_name", OcsfVocabulary.ClassName + ": Create");
        json.WriteNumber("severity_id", severityId);
        json.WriteString("severity", severity);
        json.WriteNumber("status_id", statusId);
        json.WriteString("status", status);
        json.WriteString("status_code", Vocabulary.Text(finding.Status));
        json.WriteString("status_detail", ReportText.MessageWithMute(finding));
        json.WriteString("message", finding.Message);
        json.WriteNumber("time", time);
        json.WriteNumber("timezone_offset", 0);
        WriteMetadata(json, finding, input);
        WriteFindingInfo(json, finding, time);
        WriteResource(json, resource);
        json.WriteStartObject("cloud");
        json.WriteString("provider", "AWS");
        json.WriteStartObject("account");
        json.WriteString("uid", resource.Account);
        if (accountNames.TryGetValue(resource.Account, out var name) && name.Length > 0) json.WriteString("name", name);
        json.WriteNumber("type_id", 10);
        json.WriteString("type", "AWS Account");
        json.WriteEndObject();
        if (resource.Region is { } region) json.WriteString("region", region);
        json.WriteEndObject();
        json.WriteStartObject("remediation");
        json.WriteString("desc", m.Remediation.Text);
        json.WriteEndObject();
        WriteUnmapped(json, finding, input);
        json.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter json, Finding finding, ReportInput input)
    {
        json.WriteStartObject("metadata");
        json.WriteString("version", OcsfVocabulary.SchemaVersion);
        json.WriteStartObject("product");
        json.WriteString("name", "Vigil");
        json.WriteString("vendor_name", "Vigil");
        json.WriteString("version", input.Result.ToolVersion);
        json.WriteEndObject();
        json.WriteStartArray("profiles");
        json.WriteStringValue("cloud");
        json.WriteEndArray();
        json.WriteString("event_code", finding.Metadata.Id);
        json.WriteString("uid", finding.Id);
        json.WriteEndObject();
    }

    private static void WriteFindingInfo(Utf8JsonWriter json, Finding finding, long time)
    {
        var m = finding.Metadata;
        json.WriteStartObject("finding_info");
        json.WriteString("uid", finding.Id);
        json.WriteString("title", m.Title);
        json.WriteString("desc", m.Risk);
        json.WriteStartArray("types");
        json.WriteStringValue(Vocabulary.Text(m.Domain));
        json.WriteEndArray();
        json.WriteNumber("created_time", time);
        json.WriteStartObject("analytic");
        json.WriteString("uid", m.Id);
        json.WriteString("name", m.Title);
        json.WriteNumber("type_id", 1);
        json.WriteString("type", "Rule");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResource(Utf8JsonWriter json, Core.Checks.ResourceRef resource)
    {
        json.WriteStartArray("resources");
        json.WriteStartObject();
        json.WriteString("uid", resource.Arn);
        json.WriteString("name", resource.Name);
        json.WriteString("type", resource.Type);
        json.WriteString("cloud_partition", Arns.Partition(resource.Arn));
        if (resource.Region is { } region) json.WriteString("region", region);
        if (resource.Location is { } location)
        {
            json.WriteStartObject("data");
            json.WriteString("file", location.File);
            if (location.Line is { } line) json.WriteNumber("line", line);
            if (location.Address is { } address) json.WriteString("address", address);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteUnmapped(Utf8JsonWriter json, Finding finding, ReportInput input)
    {
        var m = finding.Metadata;
        json.WriteStartObject("unmapped");
        json.WriteString("check_id", m.Id);
        json.WriteString("service", m.Service);
        json.WriteString("responsibility", Vocabulary.Text(m.Responsibility));
        if (finding.Mute is { } mute)
        {
            json.WriteString("status_before_mute", Vocabulary.Text(finding.EffectiveStatus));
            json.WriteString("mute_reason", mute.Reason);
        }
        CheckJson.WriteCompliance(json, input.Frameworks, m.Id);
        json.WriteStartObject("remediation");
        json.WriteString("cli", m.Remediation.Cli);
        json.WriteString("terraform", m.Remediation.Terraform);
        json.WriteString("cloudformation", m.Remediation.CloudFormation);
        json.WriteString("url", m.Remediation.Url);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
