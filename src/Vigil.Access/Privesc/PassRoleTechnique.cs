namespace Vigil.Access.Privesc;

/// <summary>A technique that passes a role to a service through a new resource: iam:PassRole on the role with
/// iam:PassedToService set, the role trusting <see cref="ServicePrincipal"/>, and every action of one alternative.</summary>
internal sealed record PassRoleTechnique(
    Technique Technique,
    string ServicePrincipal,
    IReadOnlyList<IReadOnlyList<ActionOn>> Alternatives,
    bool NeedsInstanceProfile = false);
