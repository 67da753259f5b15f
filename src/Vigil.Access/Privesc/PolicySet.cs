using Vigil.Iam;

namespace Vigil.Access.Privesc;

/// <summary>The identity policies and permissions boundary a request is evaluated with: a principal's own, or as they
/// would be after a technique changed them.</summary>
internal sealed record PolicySet(IReadOnlyList<Policy> Identity, Policy? Boundary);
