namespace Vigil.Access.Exposure;

/// <summary>One way a resource is reachable from outside its account: by whom, labelled how, through what (a policy
/// statement, an ACL grant, a sharing attribute), with which actions by access level and under which conditions.
/// <see cref="NeutralisedBy"/> names what stops it in practice (resource control policies, S3 Block Public Access) —
/// the grant is still reported, so that removing that safeguard is not a silent change.</summary>
public sealed record ExposureGrant
{
    public required ReachedBy ReachedBy { get; init; }

    /// <summary>The party in words: "anyone", "any AWS principal", "account 444455556666", an ARN, "accounts.google.com".</summary>
    public required string Who { get; init; }

    /// <summary>The account reached, when it is one account.</summary>
    public string? Account { get; init; }

    public required ExposureLabel Label { get; init; }

    /// <summary>What grants it: "bucket policy statement 'PublicRead'", "ACL grant to AllUsers", "createVolumePermission".</summary>
    public required string Via { get; init; }

    public required IReadOnlyList<ExposureActions> Actions { get; init; }

    public IReadOnlyList<ExposureCondition> Conditions { get; init; } = [];

    /// <summary>Actions of <see cref="Actions"/> that a safeguard (<see cref="NeutralisedBy"/>, or resource control
    /// policies) stops even so.</summary>
    public IReadOnlyList<string> BlockedActions { get; init; } = [];

    /// <summary>What stops every action of the grant, when something does.</summary>
    public string? NeutralisedBy { get; init; }
}
