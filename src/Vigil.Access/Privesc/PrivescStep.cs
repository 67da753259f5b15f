namespace Vigil.Access.Privesc;

/// <summary>One step of an escalation path: <see cref="From"/> uses <see cref="Technique"/> to act as <see cref="To"/>, or,
/// when <see cref="GrantsAdmin"/>, to give <see cref="To"/> administrative access.</summary>
public sealed record PrivescStep
{
    public required string From { get; init; }

    public required string To { get; init; }

    public required Technique Technique { get; init; }

    /// <summary>True when the step makes <see cref="To"/> an administrator (a policy, group or boundary change) rather than
    /// letting <see cref="From"/> act as an existing principal.</summary>
    public bool GrantsAdmin { get; init; }

    public required IReadOnlyList<GrantedPermission> Permissions { get; init; }

    /// <summary>What the step relies on besides the permissions (the resource it takes over, the service it passes the role to).</summary>
    public required string Detail { get; init; }
}
