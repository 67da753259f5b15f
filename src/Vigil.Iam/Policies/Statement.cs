using Vigil.Iam.Conditions;

namespace Vigil.Iam.Policies;

/// <summary>A compiled statement: the cheapest tests first (action, resource, principal, then conditions).</summary>
internal sealed class Statement
{
    public required int Index { get; init; }

    public string? Sid { get; init; }

    public required bool IsAllow { get; init; }

    public required ActionMatcher Actions { get; init; }

    public bool NotAction { get; init; }

    /// <summary>The Action or NotAction values as written.</summary>
    public IReadOnlyList<string> ActionValues { get; init; } = [];

    public ResourceMatcher? Resources { get; init; }

    public bool NotResource { get; init; }

    /// <summary>The Resource or NotResource values as written.</summary>
    public IReadOnlyList<string> ResourceValues { get; init; } = [];

    public PrincipalMatcher? Principals { get; init; }

    public bool NotPrincipal { get; init; }

    /// <summary>The Principal or NotPrincipal values as written.</summary>
    public IReadOnlyList<NamedPrincipal> PrincipalValues { get; init; } = [];

    public ConditionClause[] Conditions { get; init; } = [];

    public string Effect => IsAllow ? "Allow" : "Deny";

    public PrincipalLevel Match(AuthorizationRequest request)
    {
        var context = request.Context;
        if (Actions.Matches(request.ActionLower, context) == NotAction) return PrincipalLevel.None;
        if (Resources is not null && Resources.Matches(request.Resource, context) == NotResource) return PrincipalLevel.None;
        var level = PrincipalLevel.Direct;
        if (Principals is not null)
        {
            var principal = request.PrincipalInfo;
            if (!NotPrincipal) level = Principals.Match(principal);
            else if (!IsAllow && request.PermissionsBoundary is not null) level = PrincipalLevel.Direct;
            else if (Principals.Excludes(principal)) level = PrincipalLevel.None;
            else level = principal.Kind == Evaluation.PrincipalKind.Role ? PrincipalLevel.Role : PrincipalLevel.Direct;
            if (level == PrincipalLevel.None) return level;
        }

        foreach (var condition in Conditions)
        {
            if (!condition.Evaluate(context)) return PrincipalLevel.None;
        }

        return level;
    }
}
