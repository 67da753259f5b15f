namespace Vigil.Iam.Lint;

/// <summary>The finding types of IAM Access Analyzer's policy validation, least severe first so that thresholds compare.</summary>
public enum LintSeverity
{
    Suggestion,
    Warning,
    SecurityWarning,
    Error,
}
