using Vigil.Iam;

namespace Vigil.Access.Privesc;

/// <summary>A role's compiled trust policy, what it names, and the service principals it admits.</summary>
internal sealed record RoleTrust(Actor Role, Policy? Trust, PolicyMentions? Mentions, IReadOnlySet<string> TrustedServices);
