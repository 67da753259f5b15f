using System.Text.Json;
using Vigil.Reports.Ocsf;
using Vigil.Reports.Tests.Fixtures;
using Vigil.Testing;

namespace Vigil.Reports.Tests.Validation;

/// <summary>Every OCSF record of the fixed scan against the OCSF 1.3.0 Detection Finding definitions, field by field.</summary>
public sealed class OcsfSchemaTests
{
    private static readonly JsonDocument Spec = JsonDocument.Parse(File.ReadAllText(
        RepositoryRoot.Combine("tests", "Vigil.Reports.Tests", "Specs", "ocsf-1.3.0-detection-finding.json")));

    private static OcsfSchemaCheck Schema => new(Spec.RootElement.GetProperty("definitions"));

    [Fact]
    public async Task EveryRecord_MatchesTheDetectionFindingClass()
    {
        using var document = JsonDocument.Parse(await Rendered.Text(new OcsfReportWriter(), GoldenScan.Input()));
        Assert.Equal(6, document.RootElement.GetArrayLength());
        foreach (var record in document.RootElement.EnumerateArray())
        {
            var problems = Schema.Check(record, "detection_finding");
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.Equal(Spec.RootElement.GetProperty("version").GetString(), record.GetProperty("metadata").GetProperty("version").GetString());
            Assert.Contains("cloud", record.GetProperty("metadata").GetProperty("profiles").EnumerateArray().Select(p => p.GetString()));
        }
    }

    [Fact]
    public void Check_FindsAWrongCaptionAnUnknownAttributeAndAMissingRequiredOne()
    {
        using var record = JsonDocument.Parse("""
            {"activity_id": 1, "activity_name": "Update", "category_uid": 2, "class_uid": 2004, "type_uid": 200401, "severity_id": 7,
             "time": 1, "metadata": {"version": "1.3.0", "product": {"vendor_name": "x"}}, "cloud": {"provider": "AWS"}, "colour": "red"}
            """);
        var problems = Schema.Check(record.RootElement, "detection_finding");
        Assert.Contains(problems, p => p.StartsWith("$.activity_id", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.severity_id", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.colour", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.finding_info", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Statuses_MapToTheFindingLifecycle()
    {
        using var document = JsonDocument.Parse(await Rendered.Text(new OcsfReportWriter(), GoldenScan.Input()));
        var byCode = document.RootElement.EnumerateArray().DistinctBy(r => r.GetProperty("status_code").GetString()).ToDictionary(r => r.GetProperty("status_code").GetString()!, r => r.GetProperty("status").GetString());
        Assert.Equal("New", byCode["fail"]);
        Assert.Equal("Resolved", byCode["pass"]);
        Assert.Equal("Suppressed", byCode["muted"]);
        Assert.Equal("New", byCode["error"]);
    }
}
