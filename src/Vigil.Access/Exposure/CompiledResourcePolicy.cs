using Vigil.Iam;

namespace Vigil.Access.Exposure;

/// <summary>A resource policy compiled whole and statement by statement, or the reason it could not be.</summary>
public sealed record CompiledResourcePolicy(Policy? Whole, IReadOnlyList<PolicyStatement> Statements, string? Error)
{
    public bool HasDeny => Statements.Any(s => !s.IsAllow);
}
