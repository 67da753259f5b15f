using Vigil.Iam.Catalog;

namespace Vigil.Iam.Lint;

/// <summary>One lint run: the policy, its statements, the catalog and the findings so far (placed in the text later).</summary>
internal sealed class LintContext(Policy policy, IReadOnlyList<LintStatement> statements, LintPolicyKind kind, ActionCatalog catalog)
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

    /// <summary>The catalog actions an action pattern matches, expanded once per catalog.</summary>
    public IReadOnlyList<IamAction> Expand(string pattern) => CatalogLists.Expand(Catalog, pattern);

    public void Add(LintRule rule, string message, LintStatement? statement, string path)
    {
        _findings.Add(new LintFinding(rule.Code, rule.Severity, message, statement?.Index, statement?.Sid, path, null, null));
    }
}
