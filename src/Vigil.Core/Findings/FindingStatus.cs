namespace Vigil.Core.Findings;

public enum FindingStatus
{
    Pass,
    Fail,
    Error,
    Manual,
    Muted,
}
