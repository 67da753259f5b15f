using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Iam;
using Vigil.Iam.Lint;

namespace Vigil.Checks.Checks.Iam;

/// <summary>Lint findings of a policy document, computed once per scan, document text and policy kind, for the
/// iam-*-lint-* checks; a document Vigil cannot parse is a problem to report as an error outcome, not a lint verdict.</summary>
internal static class PolicyLint
{
    private static readonly HashSet<string> ParseFailures = new(StringComparer.Ordinal)
    {
        LintRules.MalformedJson.Code, LintRules.Malformed.Code, LintRules.InvalidVersion.Code, LintRules.UnknownOperator.Code,
    };

    public static IReadOnlyList<LintFinding> Findings(CheckContext context, string document, LintPolicyKind kind) =>
        CompiledPolicies.Derived(context, "lint-" + kind, document, text => PolicyLinter.Lint(text, kind));

    /// <summary>Why the document could not be linted (it does not parse), or null.</summary>
    public static string? ParseProblem(IReadOnlyList<LintFinding> findings) =>
        findings.FirstOrDefault(f => ParseFailures.Contains(f.Code)) is { } failure ? failure.Message.TrimEnd('.') : null;

    /// <summary>"CODE at PATH: message" for the first few findings, and how many more there are.</summary>
    public static string Describe(IReadOnlyList<LintFinding> findings)
    {
        const int shown = 3;
        var text = string.Join("; ", findings.Take(shown).Select(f => $"{f.Code} at {(f.Path.Length == 0 ? "the document" : f.Path)}: {f.Message.TrimEnd('.')}"));
        return findings.Count > shown ? $"{text}; and {findings.Count - shown} more" : text;
    }

    /// <summary>The verdict of a customer managed policy's default version: fails with the findings <paramref name="group"/>
    /// picks from its lint verdict (<paramref name="noun"/>, "error" or "security warning", names them in messages).</summary>
    public static CheckOutcome ManagedPolicyOutcome(ManagedPolicy policy, CheckContext context, Func<PolicyLintVerdict, LintGroup> group, string noun)
    {
        if (policy.IsAwsManaged) return CheckOutcome.NotApplicable;
        if (policy.Document is not { } document)
            return CheckOutcome.Error($"The default version document of policy {policy.Name} was not collected.");
        var verdict = PolicyLintVerdict.Of(context, policy, document, LintPolicyKind.Identity);
        if (verdict.ParseProblem is { } problem)
            return CheckOutcome.Error($"The default version of policy {policy.Name} could not be parsed: {problem}.");
        var found = group(verdict);
        return found.Count == 0
            ? CheckOutcome.Pass($"Policy {policy.Name} has no policy validation {noun}s.")
            : CheckOutcome.Fail($"Policy {policy.Name} has {found.Count} policy validation {noun}{(found.Count == 1 ? "" : "s")}: {found.Described}.");
    }
}
