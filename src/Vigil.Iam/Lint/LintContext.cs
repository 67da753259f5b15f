using Vigil.Iam.Catalog;

namespace Vigil.Iam.Lint;

/// <summary>One lint run: the policy, its statements, the catalog and the findings so far.</summary>
internal sealed class LintContext(Policy policy, IReadOnlyList<LintStatement> statements, LintPolicyKind kind, ActionCatalog catalog, JsonLocations locations)
{
    private readonly List<LintFinding> _findings = [];

    public Policy Policy { get; } = policy;

    public IReadOnlyList<LintStatement> Statements { get; } = statements;

    public LintPolicyKind Kind { get; } = kind;

    public ActionCatalog Catalog { get; } = catalog;

    /// <summary>Identity policies, boundaries and SCPs: Resource required, no principal.</summary>
    public bool IsIdentityLike => Kind is LintPolicyKind.Identity or LintPolicyKind.Boundary or LintPolicyKind.ServiceControl;

    /// <summary>Resource and trust policies: a principal required.</summary>
    public bool IsResourceLike => Kind is LintPolicyKind.Resource or LintPolicyKind.Trust;

    public IReadOnlyList<LintFinding> Findings => _findings;

    public void Add(LintRule rule, string message, LintStatement? statement, string path)
    {
        var (line, column) = locations.Find(path);
        _findings.Add(new LintFinding(rule.Code, rule.Severity, message, statement?.Index, statement?.Sid, path, line, column));
    }
}
