using System.Text;
using System.Text.Json;
using Vigil.Core.Checks;
using Vigil.Core.Findings;

namespace Vigil.Reports.Sarif;

/// <summary>A check as a SARIF reportingDescriptor: descriptions, help (text and Markdown with the remediation
/// snippets), default level, and the tags and security-severity GitHub code scanning reads.</summary>
internal static class SarifRule
{
    public static void Write(Utf8JsonWriter json, CheckMetadata m, ReportInput input)
    {
        var r = m.Remediation;
        json.WriteStartObject();
        json.WriteString("id", m.Id);
        json.WriteString("name", Name(m.Id));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", m.Title);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", m.Risk);
        json.WriteEndObject();
        json.WriteString("helpUri", r.Url);
        json.WriteStartObject("help");
        json.WriteString("text", $"{r.Text}\n\nAWS CLI:\n{r.Cli}\n\nTerraform:\n{r.Terraform}\n\nCloudFormation:\n{r.CloudFormation}\n\n{r.Url}");
        json.WriteString("markdown", HelpMarkdown(m));
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", SarifLevel.Of(m.Severity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue("security");
        json.WriteStringValue(m.Service);
        json.WriteStringValue(Vocabulary.Text(m.Domain));
        foreach (var requirement in ReportText.Requirements(input, m.Id)) json.WriteStringValue(requirement);
        json.WriteEndArray();
        json.WriteString("security-severity", SarifLevel.SecuritySeverity(m.Severity));
        json.WriteString("severity", Vocabulary.Text(m.Severity));
        json.WriteString("responsibility", Vocabulary.Text(m.Responsibility));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>SARIF wants a name distinct from the id, in Pascal case: s3-bucket-versioning → S3BucketVersioning.</summary>
    private static string Name(string id) =>
        string.Concat(id.Split('-', '_', '.').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    private static string HelpMarkdown(CheckMetadata m)
    {
        var r = m.Remediation;
        var builder = new StringBuilder();
        builder.Append("**").Append(m.Title).Append("**\n\n").Append(m.Risk).Append("\n\n");
        builder.Append("**Remediation:** ").Append(r.Text).Append("\n\n");
        Snippet(builder, "AWS CLI", "sh", r.Cli);
        Snippet(builder, "Terraform", "hcl", r.Terraform);
        Snippet(builder, "CloudFormation", "yaml", r.CloudFormation);
        builder.Append('[').Append("Documentation").Append("](").Append(r.Url).Append(')');
        return builder.ToString();
    }

    private static void Snippet(StringBuilder builder, string heading, string language, string code)
    {
        var fence = code.Contains("```", StringComparison.Ordinal) ? "~~~~" : "```";
        builder.Append(heading).Append(":\n\n").Append(fence).Append(language).Append('\n').Append(code).Append('\n').Append(fence).Append("\n\n");
    }
}
