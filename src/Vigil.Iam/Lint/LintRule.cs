namespace Vigil.Iam.Lint;

/// <summary>A finding type: its code, severity, what it means and the name Parliament or IAM Access Analyzer gives it.</summary>
public sealed record LintRule(string Code, LintSeverity Severity, string Summary, string Origin);
