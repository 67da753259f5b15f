namespace Vigil.Access.WhoCan;

/// <summary>Every principal for which one action on one resource is allowed (unconditionally or under conditions).</summary>
public sealed record WhoCanResult
{
    public required string Action { get; init; }

    public required string Resource { get; init; }

    /// <summary>The CloudFormation type of the resource when the input has it.</summary>
    public string? ResourceType { get; init; }

    public string? ResourceAccount { get; init; }

    /// <summary>The resource policy that took part (bucket policy, key policy, trust policy, ...), or null.</summary>
    public string? ResourcePolicy { get; init; }

    public required IReadOnlyList<WhoCanPrincipal> Principals { get; init; }

    public IReadOnlyList<WhoCanGroup> Groups { get; init; } = [];

    /// <summary>What could not be read for the resource or its account (resource policy, RCPs).</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
