namespace Vigil.Iam.Discovery;

/// <summary>What a request may get once conditions are taken into account.</summary>
public enum ConditionalAccess
{
    /// <summary>Allowed by statements without conditions, and no unconditional deny applies.</summary>
    Allowed,

    /// <summary>Allowed only if the conditions of some granting statement hold (or a conditional deny does not apply).</summary>
    Conditional,

    /// <summary>Not allowed in any context: no statement grants it, or an unconditional deny applies.</summary>
    Denied,
}
