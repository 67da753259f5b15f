namespace Vigil.Iam.Discovery;

/// <summary>What a request may get once conditions are taken into account.</summary>
public enum ConditionalAccess
{
    /// <summary>Allowed by statements without conditions on keys the context leaves open, and no deny applies in the context.</summary>
    Allowed,

    /// <summary>Allowed only if open conditions of some granting statement hold (or those of a deny do not).</summary>
    Conditional,

    /// <summary>Not allowed whatever the open keys: no statement grants it, or a deny applies that depends on no open key.</summary>
    Denied,
}
