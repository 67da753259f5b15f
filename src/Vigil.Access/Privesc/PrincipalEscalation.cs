namespace Vigil.Access.Privesc;

/// <summary>The verdict for one IAM user or role: administrator already, able to escalate (with the shortest path), or neither.</summary>
public sealed record PrincipalEscalation
{
    public required string Arn { get; init; }

    /// <summary>user or role.</summary>
    public required string Kind { get; init; }

    public required string AccountId { get; init; }

    /// <summary>Whether the principal already has administrative access (docs/access-privesc.md, "Administrative access").</summary>
    public required bool IsAdmin { get; init; }

    /// <summary>The shortest path to administrative access; empty when the principal is an administrator or cannot escalate.</summary>
    public required IReadOnlyList<PrivescStep> Path { get; init; }

    /// <summary>The administrator the path ends at, or the principal given administrative access by its last step.</summary>
    public string? ReachedAdmin { get; init; }

    /// <summary>Policies that could not be read or parsed for this principal or the principals on its path: the answer may
    /// miss permissions they grant (so "cannot escalate" is not certain).</summary>
    public required IReadOnlyList<string> Problems { get; init; }

    /// <summary>Organization policies that could not be applied (SCPs not collected): they can only take permissions
    /// away, so a path may in fact be blocked, but "cannot escalate" still holds.</summary>
    public IReadOnlyList<string> OrganizationProblems { get; init; } = [];

    public bool CanEscalate => !IsAdmin && Path.Count > 0;
}
