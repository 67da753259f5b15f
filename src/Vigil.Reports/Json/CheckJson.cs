using System.Text.Json;
using Vigil.Core.Checks;
using Vigil.Core.Frameworks;

namespace Vigil.Reports.Json;

/// <summary>The parts of a check's metadata that every JSON document names the same way.</summary>
public static class CheckJson
{
    public static void WriteRemediation(Utf8JsonWriter json, Remediation remediation)
    {
        json.WriteStartObject("remediation");
        json.WriteString("text", remediation.Text);
        json.WriteString("cli", remediation.Cli);
        json.WriteString("terraform", remediation.Terraform);
        json.WriteString("cloudformation", remediation.CloudFormation);
        json.WriteString("url", remediation.Url);
        json.WriteEndObject();
    }

    /// <summary>"compliance": framework id → the requirement ids the check supports.</summary>
    public static void WriteCompliance(Utf8JsonWriter json, FrameworkCatalog frameworks, string checkId)
    {
        json.WriteStartObject("compliance");
        foreach (var (framework, requirements) in frameworks.RequirementsOf(checkId))
        {
            json.WriteStartArray(framework);
            foreach (var id in requirements) json.WriteStringValue(id);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

}
