using Vigil.Iam.Discovery;

namespace Vigil.Access.WhoCan;

/// <summary>A principal for which the decision is allowed, unconditionally or under the conditions of its grants.</summary>
public sealed record WhoCanPrincipal
{
    /// <summary>An ARN, a service or identity-provider name, "*" for any AWS account, or "anonymous".</summary>
    public required string Principal { get; init; }

    /// <summary>One of <see cref="WhoCanPrincipalType"/>.</summary>
    public required string Type { get; init; }

    public string? AccountId { get; init; }

    /// <summary>How the principal's account relates to the resource: one of <see cref="AccountRelation"/>, null for
    /// services, identity providers and canonical users.</summary>
    public string? Relation { get; init; }

    /// <summary><see cref="ConditionalAccess.Allowed"/> or <see cref="ConditionalAccess.Conditional"/>.</summary>
    public required ConditionalAccess Access { get; init; }

    /// <summary>What the entry stands for when it is not one principal (an account, any AWS account, anyone).</summary>
    public string? Meaning { get; init; }

    /// <summary>The Allow statements that grant or let the request through, with their conditions.</summary>
    public IReadOnlyList<StatementMatch> Grants { get; init; } = [];

    /// <summary>Deny statements that apply when their conditions hold.</summary>
    public IReadOnlyList<StatementMatch> PossibleDenies { get; init; } = [];

    /// <summary>For a user: the groups whose policies grant it.</summary>
    public IReadOnlyList<string> ThroughGroups { get; init; } = [];

    /// <summary>What could not be read or parsed for this principal, so the answer may be incomplete.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
