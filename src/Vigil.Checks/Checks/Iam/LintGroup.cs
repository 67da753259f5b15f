namespace Vigil.Checks.Checks.Iam;

/// <summary>Some of a policy's lint findings: how many, and "CODE at PATH: message; ..." for the first few (null when none).</summary>
internal sealed record LintGroup(int Count, string? Described)
{
    public static LintGroup None { get; } = new(0, null);
}
