namespace Vigil.Iam.Discovery;

/// <summary>A statement whose action, resource and principal match a request, whatever its conditions say: the label of
/// its policy (identity[0], resource, boundary, scp[l][i], rcp[l][i], session), the policy's source, its position and
/// Sid, its effect, its conditions, and whether those conditions hold in the request's context.</summary>
public sealed record StatementMatch(
    string Policy,
    string PolicySource,
    int Index,
    string? Sid,
    string Effect,
    IReadOnlyList<ConditionDescription> Conditions,
    bool ConditionsHold)
{
    public bool IsConditional => Conditions.Count > 0;
}
