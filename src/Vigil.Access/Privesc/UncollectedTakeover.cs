namespace Vigil.Access.Privesc;

/// <summary>A technique that takes over an existing resource of a type the snapshot does not collect; counted only when
/// <see cref="PrivescOptions.AssumeUncollectedResources"/> is set, assuming such a resource runs as any role trusting
/// <see cref="ServicePrincipal"/>.</summary>
internal sealed record UncollectedTakeover(
    Technique Technique,
    string ServicePrincipal,
    string ResourceKind,
    IReadOnlyList<IReadOnlyList<ActionOn>> Alternatives);
