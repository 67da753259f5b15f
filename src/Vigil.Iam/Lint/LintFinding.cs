namespace Vigil.Iam.Lint;

/// <summary>One problem in a policy document: a stable <see cref="Code"/> (docs/iam-lint.md), where it is (statement,
/// element path such as <c>Statement[1].Condition.StringEquals.aws:SourceIp</c>, and the line and column of the text when
/// known) and what is wrong, in one sentence.</summary>
public sealed record LintFinding(
    string Code,
    LintSeverity Severity,
    string Message,
    int? StatementIndex,
    string? Sid,
    string Path,
    int? Line,
    int? Column);
