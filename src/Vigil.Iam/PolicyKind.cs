namespace Vigil.Iam;

/// <summary>Which elements a policy must and must not have, as AWS validates it where it is attached.</summary>
public enum PolicyKind
{
    /// <summary>Not known: only what every policy must have is checked.</summary>
    Any,

    /// <summary>Identity-based, permissions boundary, session policy or SCP: Resource or NotResource is required and no
    /// principal may be named.</summary>
    Identity,

    /// <summary>Resource-based (bucket, key, queue, trust policy, RCP): Principal or NotPrincipal is required.</summary>
    ResourceBased,
}
