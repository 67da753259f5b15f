namespace Vigil.Iam.Discovery;

/// <summary>What one statement names, as written: its effect, its Action (or NotAction) values and its Resource (or
/// NotResource) values. A candidate generator reads these to know which actions and resources to ask the evaluator
/// about; the answer still comes from the evaluator.</summary>
public sealed record StatementOutline(
    int Index,
    string? Sid,
    bool IsAllow,
    IReadOnlyList<string> Actions,
    bool NotAction,
    IReadOnlyList<string> Resources,
    bool NotResource,
    bool HasConditions)
{
    /// <summary>The statements of a policy, in document order.</summary>
    public static IReadOnlyList<StatementOutline> Of(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return [.. policy.Statements.Select(s => new StatementOutline(
            s.Index, s.Sid, s.IsAllow, s.ActionValues, s.NotAction, s.ResourceValues, s.NotResource, s.Conditions.Length > 0))];
    }
}
