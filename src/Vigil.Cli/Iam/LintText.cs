using Vigil.Iam.Lint;

namespace Vigil.Cli.Iam;

/// <summary>The command line's words for lint severities and policy kinds.</summary>
internal static class LintText
{
    public static readonly string[] Severities = ["error", "security-warning", "warning", "suggestion"];

    public static readonly string[] Kinds = ["identity", "resource", "trust", "scp", "boundary"];

    public static string Of(LintSeverity severity) => severity switch
    {
        LintSeverity.Error => "error",
        LintSeverity.SecurityWarning => "security-warning",
        LintSeverity.Warning => "warning",
        _ => "suggestion",
    };

    public static LintSeverity Severity(string text) => text switch
    {
        "error" => LintSeverity.Error,
        "security-warning" => LintSeverity.SecurityWarning,
        "warning" => LintSeverity.Warning,
        "suggestion" => LintSeverity.Suggestion,
        _ => throw new ArgumentException($"unknown lint severity {text}", nameof(text)),
    };

    public static string Of(LintPolicyKind kind) => kind switch
    {
        LintPolicyKind.Identity => "identity",
        LintPolicyKind.Resource => "resource",
        LintPolicyKind.Trust => "trust",
        LintPolicyKind.ServiceControl => "scp",
        _ => "boundary",
    };

    public static LintPolicyKind Kind(string text) => text switch
    {
        "identity" => LintPolicyKind.Identity,
        "resource" => LintPolicyKind.Resource,
        "trust" => LintPolicyKind.Trust,
        "scp" => LintPolicyKind.ServiceControl,
        "boundary" => LintPolicyKind.Boundary,
        _ => throw new ArgumentException($"unknown policy kind {text}", nameof(text)),
    };
}
