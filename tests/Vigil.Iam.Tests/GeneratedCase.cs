namespace Vigil.Iam.Tests;

/// <summary>A random request whose policies are kept as lists of statement JSON, so tests can reorder or extend them.</summary>
internal sealed record GeneratedCase(
    string Principal,
    string Action,
    string Resource,
    string Context,
    List<List<string>> Identity,
    List<string>? ResourcePolicy,
    List<string>? Boundary,
    List<string>? Session,
    List<List<List<string>>>? Scps,
    List<List<List<string>>>? Rcps)
{
    public AuthorizationRequest ToRequest() => new()
    {
        Principal = Principal,
        Action = Action,
        Resource = Resource,
        Context = Requests.Context(Context),
        IdentityPolicies = Identity.Select(Compile).ToList(),
        ResourcePolicy = ResourcePolicy is null ? null : Compile(ResourcePolicy),
        PermissionsBoundary = Boundary is null ? null : Compile(Boundary),
        SessionPolicy = Session is null ? null : Compile(Session),
        Scps = Scps?.Select(level => (IReadOnlyList<Policy>)level.Select(Compile).ToList()).ToList(),
        Rcps = Rcps?.Select(level => (IReadOnlyList<Policy>)level.Select(Compile).ToList()).ToList(),
    };

    public Decision Decide() => Evaluator.Evaluate(ToRequest()).Decision;

    public GeneratedCase Map(Func<List<string>, List<string>> statements) => this with
    {
        Identity = Identity.Select(statements).ToList(),
        ResourcePolicy = ResourcePolicy is null ? null : statements(ResourcePolicy),
        Boundary = Boundary is null ? null : statements(Boundary),
        Session = Session is null ? null : statements(Session),
        Scps = Scps?.Select(level => level.Select(statements).ToList()).ToList(),
        Rcps = Rcps?.Select(level => level.Select(statements).ToList()).ToList(),
    };

    public override string ToString() =>
        $"principal {Principal}, action {Action}, resource {Resource}, context {Context}; identity [{string.Join(" | ", Identity.Select(Render))}]; "
        + $"resource {Render(ResourcePolicy)}; boundary {Render(Boundary)}; session {Render(Session)}; "
        + $"scps {Levels(Scps)}; rcps {Levels(Rcps)}";

    private static Policy Compile(List<string> statements) => Policy.Parse(Render(statements), "generated");

    private static string Render(List<string>? statements) =>
        statements is null ? "null" : $$"""{"Version": "2012-10-17", "Statement": [{{string.Join(", ", statements)}}]}""";

    private static string Levels(List<List<List<string>>>? levels) =>
        levels is null ? "null" : "[" + string.Join(", ", levels.Select(l => "[" + string.Join(", ", l.Select(Render)) + "]")) + "]";
}
