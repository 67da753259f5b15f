using Vigil.Iam.Discovery;

namespace Vigil.Access.Can;

/// <summary>One action the principal may perform: on every resource or on some patterns, unconditionally or under the
/// conditions of its grants.</summary>
public sealed record CanAction
{
    public required string Action { get; init; }

    /// <summary><see cref="ConditionalAccess.Allowed"/> or <see cref="ConditionalAccess.Conditional"/>.</summary>
    public required ConditionalAccess Access { get; init; }

    /// <summary>One of <see cref="CanScope"/>.</summary>
    public required string Scope { get; init; }

    /// <summary>For <see cref="CanScope.SomeResources"/>: the resource patterns the action is allowed on.</summary>
    public IReadOnlyList<string> Resources { get; init; } = [];

    /// <summary>For <see cref="CanScope.AllResources"/>: resource patterns some policy names on which it is denied.</summary>
    public IReadOnlyList<string> ExceptResources { get; init; } = [];

    /// <summary>The Allow statements that grant or let the action through, with their conditions.</summary>
    public IReadOnlyList<StatementMatch> Grants { get; init; } = [];

    /// <summary>Deny statements that apply when their conditions hold.</summary>
    public IReadOnlyList<StatementMatch> PossibleDenies { get; init; } = [];
}
