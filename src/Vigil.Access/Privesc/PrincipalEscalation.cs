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

    /// <summary>What could not be read for this principal or the principals and roles on its path.</summary>
    public required IReadOnlyList<string> Problems { get; init; }

    public bool CanEscalate => !IsAdmin && Path.Count > 0;
}
