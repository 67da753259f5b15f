namespace Vigil.Iam.Lint;

/// <summary>Where a policy is attached, which decides the elements it must and must not have and the rules that apply.</summary>
public enum LintPolicyKind
{
    /// <summary>Attached to a user, group or role (managed or inline): needs Resource, names no principal.</summary>
    Identity,

    /// <summary>Attached to a resource (bucket, queue, key, topic, secret, ...): needs a principal.</summary>
    Resource,

    /// <summary>A role's trust policy: needs a principal, takes only sts actions and no Resource.</summary>
    Trust,

    /// <summary>A service control policy: like an identity policy, but it grants nothing.</summary>
    ServiceControl,

    /// <summary>A permissions boundary: like an identity policy, but it grants nothing.</summary>
    Boundary,
}
