using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model;
using Vigil.Iam.Lint;

namespace Vigil.Checks.Checks.Iam;

/// <summary>What the lint checks say about one policy document: why it could not be linted, or its errors, its security
/// warnings, and both together. Linting reads the text only, so the verdict holds for the same document attached to
/// another subject of the same kind, in this account or another, with that subject's ARN and account id where this one's
/// stand (see <see cref="PolicyVerdictCache"/>) — unless a finding quotes either, or escapes could hide one.</summary>
internal sealed record PolicyLintVerdict(string Resource, bool HoldsForRenamedResource, string? ParseProblem, LintGroup Errors, LintGroup SecurityWarnings, LintGroup Serious)
    : IPolicyVerdict
{
    private static readonly string[] CacheNames = [.. Enum.GetValues<LintPolicyKind>().Select(kind => "lint-" + kind)];

    public bool Cacheable => ParseProblem is null;

    public bool HoldsInAnotherAccount => HoldsForRenamedResource;

    /// <summary>The verdict on <paramref name="document"/>, a policy of <paramref name="subject"/> (the resource or identity
    /// it is attached to, or the managed policy itself), computed once per document shape in the scan.</summary>
    public static PolicyLintVerdict Of(CheckContext context, Resource subject, string document, LintPolicyKind kind) =>
        PolicyVerdictCache.Get(context, CacheNames[(int)kind], subject, document, (context, subject, document, kind),
            static s => Analyse(s.context, s.subject, s.document, s.kind));

    private static PolicyLintVerdict Analyse(CheckContext context, Resource subject, string document, LintPolicyKind kind)
    {
        var findings = PolicyLint.Findings(context, document, kind);
        if (PolicyLint.ParseProblem(findings) is { } problem) return new(subject.Arn, false, problem, LintGroup.None, LintGroup.None, LintGroup.None);
        var errors = Group(findings.Where(f => f.Severity == LintSeverity.Error));
        var warnings = Group(findings.Where(f => f.Severity == LintSeverity.SecurityWarning));
        var serious = Group(findings.Where(f => f.Severity >= LintSeverity.SecurityWarning));
        var renamable = !document.Contains('\\', StringComparison.Ordinal) && !Quotes(serious, subject) && !Quotes(errors, subject) && !Quotes(warnings, subject);
        return new(subject.Arn, renamable, null, errors, warnings, serious);
    }

    private static LintGroup Group(IEnumerable<LintFinding> findings)
    {
        var list = findings.ToList();
        return list.Count == 0 ? LintGroup.None : new LintGroup(list.Count, PolicyLint.Describe(list));
    }

    private static bool Quotes(LintGroup group, Resource subject) =>
        group.Described is { } text
        && (text.Contains(subject.Arn, StringComparison.Ordinal) || (subject.AccountId.Length > 0 && text.Contains(subject.AccountId, StringComparison.Ordinal)));
}
