namespace Vigil.Core.Checks;

public enum OutcomeKind
{
    Pass,
    Fail,
    Error,
    Manual,
    NotApplicable,
}
