namespace Vigil.Iam;

/// <summary>The three results AWS's policy simulator returns.</summary>
public enum Decision
{
    Allowed,
    ExplicitDeny,
    ImplicitDeny,
}
