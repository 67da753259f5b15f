using System.Text.Json;
using Vigil.Core.Findings;

namespace Vigil.Reports.Asff;

/// <summary>A JSON array of AWS Security Finding Format records for securityhub:BatchImportFindings (which takes up
/// to 100 per call), one per listed finding. The product is the importing account's default product
/// (arn:aws:securityhub:REGION:ACCOUNT:product/ACCOUNT/default); a global resource is reported in us-east-1. Ids are
/// Vigil's finding ids, so importing the next scan updates the same findings.</summary>
public sealed class AsffReportWriter : IReportWriter
{
    public const string GlobalRegion = "us-east-1";
    private const int MaxTitle = 256;
    private const int MaxDescription = 1024;
    private const int MaxRecommendation = 512;
    private const int MaxRequirements = 32;

    public string Format => "asff";
    public string Extension => ".asff.json";

    public async Task WriteAsync(ReportInput input, Stream output, CancellationToken cancellationToken)
    {
        await using var json = JsonOutput.Writer(output);
        var time = ReportText.Timestamp(input.Result.ScannedAt);
        json.WriteStartArray();
        foreach (var finding in input.Listed)
        {
            WriteFinding(json, finding, input, time);
            await JsonOutput.FlushIfFullAsync(json, cancellationToken);
        }
        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, ReportInput input, string time)
    {
        var m = finding.Metadata;
        var resource = finding.ResourceRef;
        var status = finding.EffectiveStatus;
        var partition = Arns.Partition(resource.Arn);
        var region = resource.Region ?? GlobalRegion;
        json.WriteStartObject();
        json.WriteString("SchemaVersion", AsffVocabulary.SchemaVersion);
        json.WriteString("Id", finding.Id);
        json.WriteString("ProductArn", $"arn:{partition}:securityhub:{region}:{resource.Account}:product/{resource.Account}/default");
        json.WriteString("ProductName", "Vigil");
        json.WriteString("CompanyName", "Vigil");
        json.WriteString("Region", region);
        json.WriteString("GeneratorId", "vigil/" + m.Id);
        json.WriteString("AwsAccountId", resource.Account);
        json.WriteStartArray("Types");
        json.WriteStringValue("Software and Configuration Checks/AWS Security Best Practices");
        foreach (var (framework, _) in input.Frameworks.RequirementsOf(m.Id))
            json.WriteStringValue("Software and Configuration Checks/Industry and Regulatory Standards/" + framework);
        json.WriteEndArray();
        json.WriteString("CreatedAt", time);
        json.WriteString("UpdatedAt", time);
        json.WriteStartObject("Severity");
        json.WriteString("Label", AsffVocabulary.SeverityLabel(m.Severity, status));
        json.WriteString("Original", Vocabulary.Text(m.Severity));
        json.WriteEndObject();
        json.WriteString("Title", Cut(m.Title, MaxTitle));
        json.WriteString("Description", Cut(finding.Message, MaxDescription));
        json.WriteStartObject("Remediation");
        json.WriteStartObject("Recommendation");
        json.WriteString("Text", Cut(m.Remediation.Text, MaxRecommendation));
        json.WriteString("Url", m.Remediation.Url);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("ProductFields");
        json.WriteString("vigil/CheckId", m.Id);
        json.WriteString("vigil/Status", Vocabulary.Text(finding.Status));
        json.WriteString("vigil/Service", m.Service);
        json.WriteString("vigil/Domain", Vocabulary.Text(m.Domain));
        json.WriteEndObject();
        json.WriteStartArray("Resources");
        json.WriteStartObject();
        json.WriteString("Type", AsffVocabulary.ResourceType(resource.Type));
        json.WriteString("Id", resource.Arn);
        json.WriteString("Partition", partition);
        json.WriteString("Region", region);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("Compliance");
        json.WriteString("Status", AsffVocabulary.ComplianceStatus(status));
        json.WriteStartArray("RelatedRequirements");
        foreach (var requirement in ReportText.Requirements(input, m.Id).Take(MaxRequirements)) json.WriteStringValue(requirement);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("Workflow");
        json.WriteString("Status", AsffVocabulary.WorkflowStatus(finding.Status));
        json.WriteEndObject();
        json.WriteString("RecordState", "ACTIVE");
        if (finding.Mute is { } mute)
        {
            json.WriteStartObject("Note");
            json.WriteString("Text", Cut("Muted: " + mute.Reason, 512));
            json.WriteString("UpdatedBy", "vigil");
            json.WriteString("UpdatedAt", time);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
