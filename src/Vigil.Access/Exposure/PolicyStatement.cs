using Vigil.Iam;

namespace Vigil.Access.Exposure;

/// <summary>One statement of a resource policy, compiled on its own (<see cref="Alone"/>) so that the IAM engine can
/// say whether it is the statement that grants a request, with its conditions as written for the report.
/// <see cref="Label"/>: "Allow 'PublicRead'", or "Deny #2" (1-based) for a statement without Sid.</summary>
public sealed record PolicyStatement(
    int Index,
    string Label,
    bool IsAllow,
    bool NotPrincipal,
    bool NotAction,
    Policy Alone,
    IReadOnlyList<ExposureCondition> Conditions)
{
    /// <summary>Whether the statement applies to every principal (Principal "*", {"AWS": "*"} or a NotPrincipal).</summary>
    public bool IsOpen => NotPrincipal || Alone.NamedPrincipals.Any(p => p.Value == "*");
}
