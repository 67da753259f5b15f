namespace Vigil.Core.Responsibilities;

/// <summary>The verdict on one duty for an estate.</summary>
public enum DutyStatus
{
    /// <summary>Every finding of the duty's checks passed.</summary>
    Pass,

    /// <summary>At least one finding of the duty's checks failed.</summary>
    Fail,

    /// <summary>No failure, but at least one finding could not be assessed.</summary>
    Error,

    /// <summary>A person must attest it (no check verifies it, or it is AWS's and its evidence is a report).</summary>
    Manual,

    /// <summary>The duty's checks found no resource to judge in this estate.</summary>
    NotApplicable,
}
