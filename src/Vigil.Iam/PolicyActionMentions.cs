namespace Vigil.Iam;

/// <summary>What a policy's statements say about actions and condition keys, for prefiltering the questions an analysis
/// puts to the evaluator: the action patterns of its Allow statements, whether some Allow statement uses NotAction (and
/// so may allow actions it does not name), and the condition keys its statements test. Never a verdict in itself.</summary>
public sealed class PolicyActionMentions
{
    private PolicyActionMentions(IReadOnlyList<string> allowedActionPatterns, bool hasNotActionAllow, IReadOnlyList<string> conditionKeys)
    {
        AllowedActionPatterns = allowedActionPatterns;
        HasNotActionAllow = hasNotActionAllow;
        ConditionKeys = conditionKeys;
    }

    /// <summary>The Action values of Allow statements, as written (wildcards included).</summary>
    public IReadOnlyList<string> AllowedActionPatterns { get; }

    /// <summary>Whether some Allow statement uses NotAction: it may allow any action it does not exclude.</summary>
    public bool HasNotActionAllow { get; }

    /// <summary>The condition keys any statement tests, each once, as written.</summary>
    public IReadOnlyList<string> ConditionKeys { get; }

    public static PolicyActionMentions Of(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.ActionMentions ??= Build(policy);
    }

    private static PolicyActionMentions Build(Policy policy)
    {
        var patterns = new List<string>();
        var keys = new List<string>();
        var notAction = false;
        foreach (var statement in policy.Statements)
        {
            foreach (var condition in statement.Conditions)
            {
                if (!keys.Contains(condition.Key, StringComparer.OrdinalIgnoreCase)) keys.Add(condition.Key);
            }

            if (!statement.IsAllow) continue;
            if (statement.NotAction) notAction = true;
            else patterns.AddRange(statement.ActionValues);
        }

        return new PolicyActionMentions(patterns, notAction, keys);
    }
}
