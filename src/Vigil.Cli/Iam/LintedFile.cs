using Vigil.Iam.Lint;

namespace Vigil.Cli.Iam;

/// <summary>One policy file with the kind it was linted as and its findings.</summary>
internal sealed record LintedFile(string Path, LintPolicyKind Kind, bool KindDetected, IReadOnlyList<LintFinding> Findings);
