using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model;
using Vigil.Iam.Lint;

namespace Vigil.Checks.Checks.Iam;

/// <summary>The validation errors of one resource policy, described ("CODE at PATH: message; ..."), or why it could not be
/// linted. Linting reads the text only, so the verdict holds for another resource of the same kind whose policy differs
/// only by naming itself and its own account, unless the description quotes either or escapes could hide a name.</summary>
internal sealed record ResourcePolicyLintVerdict(string Resource, bool HoldsForRenamedResource, string? ParseProblem, string? Errors)
    : IPolicyVerdict
{
    public bool Cacheable => ParseProblem is null;

    public bool HoldsInAnotherAccount => HoldsForRenamedResource;

    public static ResourcePolicyLintVerdict Of(CheckContext context, Resource resource, string document)
    {
        var findings = PolicyLint.Findings(context, document, LintPolicyKind.Resource);
        if (PolicyLint.ParseProblem(findings) is { } problem) return new(resource.Arn, false, problem, null);
        var errors = PolicyLint.At(findings, LintSeverity.Error);
        var described = errors.Count == 0 ? null : PolicyLint.Describe(errors);
        var renamable = !document.Contains('\\', StringComparison.Ordinal)
            && (described is null || (!described.Contains(resource.Arn, StringComparison.Ordinal) && !described.Contains(resource.AccountId, StringComparison.Ordinal)));
        return new(resource.Arn, renamable, null, described);
    }
}
