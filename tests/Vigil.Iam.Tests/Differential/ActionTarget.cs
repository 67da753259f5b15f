using Vigil.Iam.Catalog;

namespace Vigil.Iam.Tests.Differential;

/// <summary>The action of a generated request, the concrete resource it acts on ("*" for actions without resource types) and the condition keys documented for that pairing.</summary>
internal sealed record ActionTarget(IamAction Action, string Resource, IReadOnlyList<TypedKey> Keys)
{
    /// <summary>An sts: action on a role: the role's trust policy is the resource policy, and every role has one.</summary>
    public bool IsRoleTrust => Action.ServicePrefix == "sts" && Resource.StartsWith("arn:aws:iam::", StringComparison.Ordinal) && Resource.Contains(":role/", StringComparison.Ordinal);

    /// <summary>Whether the resource can carry a resource policy: not "*", and for STS and KMS only roles (trust policies) and keys (key policies).</summary>
    public bool CanHaveResourcePolicy => Resource != "*" && Action.ServicePrefix switch
    {
        "sts" => IsRoleTrust,
        "kms" => IsKmsKey,
        _ => true,
    };

    /// <summary>A kms: action on a key: the key policy is the resource policy, and every key has one.</summary>
    public bool IsKmsKey => Action.ServicePrefix == "kms" && Resource.Contains(":key/", StringComparison.Ordinal);
}
