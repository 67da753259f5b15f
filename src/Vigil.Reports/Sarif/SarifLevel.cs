using Vigil.Core.Checks;
using Vigil.Core.Findings;

namespace Vigil.Reports.Sarif;

/// <summary>SARIF's result kind and level for Vigil's statuses and severities, and GitHub's security-severity score.</summary>
internal static class SarifLevel
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    /// <summary>A muted finding keeps the kind of the status it had; its suppression says it was muted.</summary>
    public static string Kind(FindingStatus status) => status switch
    {
        FindingStatus.Fail => "fail",
        FindingStatus.Pass => "pass",
        FindingStatus.Manual => "review",
        _ => "open",
    };

    /// <summary>SARIF §3.27.10: a result whose kind is not "fail" has level "none".</summary>
    public static string ResultLevel(FindingStatus status, Severity severity) => status == FindingStatus.Fail ? Of(severity) : "none";

    public static string SecuritySeverity(Severity severity) => severity switch
    {
        Severity.Critical => "9.5",
        Severity.High => "8.0",
        Severity.Medium => "5.5",
        Severity.Low => "3.0",
        _ => "0.0",
    };
}
