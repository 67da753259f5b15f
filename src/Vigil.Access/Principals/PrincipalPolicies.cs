using Vigil.Core.Model;
using Vigil.Iam;

namespace Vigil.Access.Principals;

/// <summary>An IAM user or role with every policy that shapes what it may do: its own and its groups' inline and
/// attached managed policies, its permissions boundary, and the SCP levels of its account.</summary>
public sealed record PrincipalPolicies
{
    public required Resource Principal { get; init; }

    public string Arn => Principal.Arn;

    public string AccountId => Principal.AccountId;

    /// <summary>Identity policies; each <see cref="Policy.Source"/> names where it comes from (a managed policy ARN, or
    /// "inline NAME of user/..., group/... or role/...").</summary>
    public required IReadOnlyList<Policy> IdentityPolicies { get; init; }

    public Policy? PermissionsBoundary { get; init; }

    /// <summary>The SCP levels of the principal's account (root first); null when none apply.</summary>
    public IReadOnlyList<IReadOnlyList<Policy>>? Scps { get; init; }

    /// <summary>What could not be read or parsed, so that an answer about this principal may be incomplete.
    /// Empty when every policy was known.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
