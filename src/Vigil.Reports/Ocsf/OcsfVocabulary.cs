using Vigil.Core.Checks;
using Vigil.Core.Findings;

namespace Vigil.Reports.Ocsf;

/// <summary>OCSF 1.3.0 enumerations Vigil uses: severity_id and the Finding classes' status_id, with their captions.</summary>
internal static class OcsfVocabulary
{
    public const string SchemaVersion = "1.3.0";
    public const int CategoryUid = 2;
    public const string CategoryName = "Findings";
    public const int ClassUid = 2004;
    public const string ClassName = "Detection Finding";
    public const int ActivityCreate = 1;
    public const int TypeUid = ClassUid * 100 + ActivityCreate;

    public static (int Id, string Caption) Severity(Severity severity) => severity switch
    {
        Core.Checks.Severity.Critical => (5, "Critical"),
        Core.Checks.Severity.High => (4, "High"),
        Core.Checks.Severity.Medium => (3, "Medium"),
        Core.Checks.Severity.Low => (2, "Low"),
        _ => (1, "Informational"),
    };

    /// <summary>The finding's lifecycle: a failure, an error or a manual check is new (to be looked at), a pass is
    /// resolved, a muted finding suppressed.</summary>
    public static (int Id, string Caption) Status(FindingStatus status) => status switch
    {
        FindingStatus.Pass => (4, "Resolved"),
        FindingStatus.Muted => (3, "Suppressed"),
        _ => (1, "New"),
    };
}
