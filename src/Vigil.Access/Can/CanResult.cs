namespace Vigil.Access.Can;

/// <summary>The effective permissions of one principal, after its boundary, SCPs and session policy.</summary>
public sealed record CanResult
{
    public required string Principal { get; init; }

    /// <summary>The ARN the requests were asked for (a session of the principal when a session policy was given).</summary>
    public required string CallerArn { get; init; }

    public required string AccountId { get; init; }

    public required IReadOnlyList<CanService> Services { get; init; }

    /// <summary>Action names the principal's policies give that the catalog does not know (typos, retired actions).</summary>
    public IReadOnlyList<string> UnknownActions { get; init; } = [];

    /// <summary>What could not be read or parsed for the principal, so the answer may be incomplete.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
