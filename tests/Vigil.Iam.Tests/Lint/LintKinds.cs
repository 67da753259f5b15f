using Vigil.Iam.Lint;

namespace Vigil.Iam.Tests.Lint;

internal static class LintKinds
{
    public static LintPolicyKind Parse(string kind) => kind switch
    {
        "identity" => LintPolicyKind.Identity,
        "resource" => LintPolicyKind.Resource,
        "trust" => LintPolicyKind.Trust,
        "scp" => LintPolicyKind.ServiceControl,
        "boundary" => LintPolicyKind.Boundary,
        _ => throw new ArgumentException($"unknown policy kind {kind}", nameof(kind)),
    };
}
