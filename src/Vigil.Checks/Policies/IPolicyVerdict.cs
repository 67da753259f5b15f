namespace Vigil.Checks.Policies;

/// <summary>What a check concluded from one resource's policy, shareable with resources whose policy is the same text
/// but for naming its own resource (see <see cref="PolicyVerdictCache"/>).</summary>
internal interface IPolicyVerdict
{
    /// <summary>The resource the verdict was worked out for.</summary>
    string Resource { get; }

    /// <summary>Whether the verdict holds for any resource whose policy differs only by naming itself.</summary>
    bool HoldsForRenamedResource { get; }

    /// <summary>Whether the verdict also holds in another account of the estate for a resource whose policy differs only by
    /// naming itself and its own account (implies <see cref="HoldsForRenamedResource"/>).</summary>
    bool HoldsInAnotherAccount { get; }

    /// <summary>Whether it may be kept for the rest of the scan (a parse error names its resource, so it is not).</summary>
    bool Cacheable { get; }
}
