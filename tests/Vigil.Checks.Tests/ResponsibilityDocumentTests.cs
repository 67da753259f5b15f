using System.Text;
using Vigil.Core.Responsibilities;
using Vigil.Testing;

namespace Vigil.Checks.Tests;

/// <summary>docs/responsibilities.md is generated from data/responsibility; set VIGIL_UPDATE_DOCS=1 to regenerate it.</summary>
public sealed class ResponsibilityDocumentTests
{
    [Fact]
    public void ResponsibilitiesDocument_MatchesTheCatalog()
    {
        var path = RepositoryRoot.Combine("docs", "responsibilities.md");
        var expected = Generate(ResponsibilityCatalog.BuiltIn);
        if (Environment.GetEnvironmentVariable("VIGIL_UPDATE_DOCS") == "1") File.WriteAllText(path, expected);
        Assert.True(File.Exists(path), "docs/responsibilities.md is missing; run the tests with VIGIL_UPDATE_DOCS=1");
        Assert.True(File.ReadAllText(path) == expected, "docs/responsibilities.md is out of date; run the tests with VIGIL_UPDATE_DOCS=1 and commit it");
    }

    private static string Generate(ResponsibilityCatalog catalog)
    {
        var text = new StringBuilder();
        text.AppendLine("# Shared responsibility catalog");
        text.AppendLine();
        text.AppendLine($"Vigil describes {catalog.Services.Count} AWS services. This page is generated from `data/responsibility/` " +
            "(format in `data/responsibility/README.md`); `vigil responsibilities` shows the services an estate uses with the status of each duty.");
        text.AppendLine();
        text.AppendLine("Owners: `customer` (verified by the listed checks, or `manual`: a person attests what the text says), " +
            "`shared` (patch management, configuration management, awareness and training: each party implements its own part), " +
            "`aws` (evidence: the reports below).");
        text.AppendLine();
        text.AppendLine("## What AWS secures for every service");
        text.AppendLine();
        foreach (var duty in catalog.CommonAwsDuties) text.AppendLine($"- {duty.Text}");
        text.AppendLine();
        text.AppendLine("## Evidence of AWS's side");
        text.AppendLine();
        text.AppendLine("| id | report | what it is |");
        text.AppendLine("|---|---|---|");
        foreach (var report in catalog.Evidence) text.AppendLine($"| `{report.Id}` | {report.Name} | {report.Description} |");
        text.AppendLine();
        text.AppendLine("Programme scope changes over time: confirm a service's current scope in AWS Artifact before relying on it.");
        text.AppendLine();
        text.AppendLine("## Services");
        text.AppendLine();
        text.AppendLine("| service | id | category | basis | customer duties (checked / manual) |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var service in catalog.Services)
        {
            var checkedDuties = service.CustomerDuties.Count(d => d.Checks.Count > 0);
            text.AppendLine($"| [{service.Name}](#{service.Id}) | `{service.Id}` | {Category(service.Category)} | {Basis(service.CategoryBasis)} | " +
                $"{checkedDuties} / {service.CustomerDuties.Count - checkedDuties} |");
        }
        text.AppendLine();
        foreach (var service in catalog.Services) AppendService(text, service, catalog);
        return text.ToString().ReplaceLineEndings("\n");
    }

    private static void AppendService(StringBuilder text, ServiceResponsibility service, ResponsibilityCatalog catalog)
    {
        text.AppendLine($"<a id=\"{service.Id}\"></a>");
        text.AppendLine($"### {service.Name} (`{service.Id}`)");
        text.AppendLine();
        text.AppendLine($"Category: **{Category(service.Category)}** ({Basis(service.CategoryBasis)}).{(service.CategoryNote is null ? "" : " " + service.CategoryNote)}");
        text.AppendLine();
        text.AppendLine("| owner | duty | verified by |");
        text.AppendLine("|---|---|---|");
        foreach (var duty in service.CustomerDuties)
        {
            var note = duty.AwsDefault is null ? "" : $" *AWS default: {duty.AwsDefault}*";
            text.AppendLine($"| customer | {duty.Text}{note} | {Verification(duty.Checks, duty.Manual)} |");
        }
        foreach (var control in service.SharedControls)
        {
            text.AppendLine($"| shared | **{SharedControlIds.Title(control.Id)}**: AWS {Lower(control.Aws)} Customer: {control.Customer} | {Verification(control.Checks, control.Manual)} |");
        }
        foreach (var duty in service.AwsDuties) text.AppendLine($"| aws | {duty.Text} | evidence |");
        text.AppendLine();
        text.AppendLine("Evidence: " + string.Join(", ", service.Evidence.Select(e => catalog.EvidenceReport(e).Name)) + ".");
        text.AppendLine();
    }

    private static string Verification(IReadOnlyList<string> checks, string? manual) =>
        checks.Count > 0 ? string.Join(", ", checks.Select(c => $"`{c}`")) : $"manual: {manual}";

    private static string Lower(string text) => char.ToLowerInvariant(text[0]) + text[1..];

    private static string Category(ServiceCategory category) => category.ToString().ToLowerInvariant();

    private static string Basis(CategoryBasis basis) => basis == CategoryBasis.AwsNamed ? "named by AWS" : "derived";
}
