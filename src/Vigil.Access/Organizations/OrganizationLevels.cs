using Vigil.Iam;

namespace Vigil.Access.Organizations;

/// <summary>The SCP and RCP levels (root first: the root, each OU, the account) that apply to one account.
/// Null levels mean no organization policy applies (no organization, or the management account).</summary>
public sealed record OrganizationLevels(
    IReadOnlyList<IReadOnlyList<Policy>>? Scps,
    IReadOnlyList<IReadOnlyList<Policy>>? Rcps,
    IReadOnlyList<string> Problems)
{
    public static OrganizationLevels None { get; } = new(null, null, []);
}
