using System.Globalization;
using System.Text.Json;

namespace Vigil.Iam.Tests.Properties;

/// <summary>
/// A generated authorization question with its policies kept as data. Every evaluation writes the policies as JSON
/// (in <see cref="Style"/>) and parses them, so the parser is exercised along with the evaluator.
/// </summary>
internal sealed record PolicyCase(
    string Principal,
    string Action,
    string Resource,
    string? ResourceAccount,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Context,
    IReadOnlyList<GeneratedPolicy> Identity,
    GeneratedPolicy? ResourcePolicy,
    GeneratedPolicy? Boundary,
    GeneratedPolicy? Session,
    IReadOnlyList<IReadOnlyList<GeneratedPolicy>>? Scps,
    IReadOnlyList<IReadOnlyList<GeneratedPolicy>>? Rcps)
{
    public RenderStyle Style { get; init; } = RenderStyle.Canonical;

    public AuthorizationRequest ToRequest() => new()
    {
        Principal = Principal,
        Action = Action,
        Resource = Resource,
        ResourceAccount = ResourceAccount,
        Context = Context,
        IdentityPolicies = Identity.Select((p, i) => p.Compile(Label(PolicyKind.Identity, 0, i), Style)).ToList(),
        ResourcePolicy = ResourcePolicy?.Compile("resource", Style),
        PermissionsBoundary = Boundary?.Compile("boundary", Style),
        SessionPolicy = Session?.Compile("session", Style),
        Scps = CompileLevels(Scps, PolicyKind.Scp),
        Rcps = CompileLevels(Rcps, PolicyKind.Rcp),
    };

    public CaseTarget Target => new(Principal, Action, Resource);

    public AuthorizationResult Evaluate() => Evaluator.Evaluate(ToRequest());

    public Decision Decide() => Evaluate().Decision;

    /// <summary>The decision and the Sids of the statements that made it, in a form two cases can be compared by.</summary>
    public string Outcome()
    {
        var result = Evaluate();
        var sids = result.MatchedStatements.Select(s => s.Sid).Distinct().Order(StringComparer.Ordinal);
        return $"{DecisionText.Of(result.Decision)} [{string.Join(", ", sids)}]";
    }

    /// <summary>Every policy with the label the engine gives it in results (identity[0], resource, scp[1][0], ...).</summary>
    public IEnumerable<(string Label, GeneratedPolicy Policy)> Policies()
    {
        for (var i = 0; i < Identity.Count; i++) yield return (Label(PolicyKind.Identity, 0, i), Identity[i]);
        if (ResourcePolicy is not null) yield return ("resource", ResourcePolicy);
        if (Boundary is not null) yield return ("boundary", Boundary);
        if (Session is not null) yield return ("session", Session);
        foreach (var item in LevelPolicies(Scps, PolicyKind.Scp)) yield return item;
        foreach (var item in LevelPolicies(Rcps, PolicyKind.Rcp)) yield return item;
    }

    public IEnumerable<GeneratedStatement> Statements() => Policies().SelectMany(p => p.Policy.Statements);

    public PolicyCase MapPolicies(Func<GeneratedPolicy, GeneratedPolicy> map) => this with
    {
        Identity = Identity.Select(map).ToList(),
        ResourcePolicy = ResourcePolicy is null ? null : map(ResourcePolicy),
        Boundary = Boundary is null ? null : map(Boundary),
        Session = Session is null ? null : map(Session),
        Scps = Scps?.Select(level => (IReadOnlyList<GeneratedPolicy>)level.Select(map).ToList()).ToList(),
        Rcps = Rcps?.Select(level => (IReadOnlyList<GeneratedPolicy>)level.Select(map).ToList()).ToList(),
    };

    public PolicyCase MapStatements(Func<GeneratedStatement, IEnumerable<GeneratedStatement>> map) => MapPolicies(p => p.Map(map));

    /// <summary>Gives every statement a distinct Sid (S1, S2, ...) so results can be traced back to statements.</summary>
    public PolicyCase NumberStatements()
    {
        var next = 0;
        return MapStatements(s => [s with { Sid = string.Create(CultureInfo.InvariantCulture, $"S{++next}") }]);
    }

    /// <summary>Adds a statement to the policies of one kind: <paramref name="position"/> picks an existing policy (or level) or a new one.</summary>
    public PolicyCase AddStatement(PolicyKind kind, int position, GeneratedStatement statement)
    {
        var alone = new GeneratedPolicy([statement]);
        return kind switch
        {
            PolicyKind.Identity => this with { Identity = AddTo(Identity, position, statement) },
            PolicyKind.Resource => this with { ResourcePolicy = ResourcePolicy?.With(statement) ?? alone },
            PolicyKind.Boundary => this with { Boundary = Boundary?.With(statement) ?? alone },
            PolicyKind.Session => this with { Session = Session?.With(statement) ?? alone },
            PolicyKind.Scp => this with { Scps = AddToLevels(Scps, position, statement, GeneratedPolicy.FullAwsAccess) },
            _ => this with { Rcps = AddToLevels(Rcps, position, statement, GeneratedPolicy.RcpFullAwsAccess) },
        };
    }

    /// <summary>The request in the `vigil iam simulate` format used by Cases/*.json, policies written as evaluated.</summary>
    public override string ToString() => PolicyJson.Write(WriteTo, indented: true);

    private void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("principal", Principal);
        writer.WriteString("action", Action);
        writer.WriteString("resource", Resource);
        if (ResourceAccount is null) writer.WriteNull("resourceAccount");
        else writer.WriteString("resourceAccount", ResourceAccount);
        writer.WriteStartObject("context");
        foreach (var (key, values) in Context)
        {
            writer.WritePropertyName(key);
            PolicyJson.WriteStrings(writer, values, RenderStyle.Canonical with { SingleValuesAsStrings = true });
        }

        writer.WriteEndObject();
        writer.WriteStartArray("identityPolicies");
        foreach (var policy in Identity) policy.WriteTo(writer, Style);
        writer.WriteEndArray();
        WritePolicy(writer, "resourcePolicy", ResourcePolicy);
        WritePolicy(writer, "permissionsBoundary", Boundary);
        WriteLevels(writer, "scps", Scps);
        WriteLevels(writer, "rcps", Rcps);
        WritePolicy(writer, "sessionPolicy", Session);
        writer.WriteEndObject();
    }

    private void WritePolicy(Utf8JsonWriter writer, string name, GeneratedPolicy? policy)
    {
        writer.WritePropertyName(name);
        if (policy is null) writer.WriteNullValue();
        else policy.WriteTo(writer, Style);
    }

    private void WriteLevels(Utf8JsonWriter writer, string name, IReadOnlyList<IReadOnlyList<GeneratedPolicy>>? levels)
    {
        writer.WritePropertyName(name);
        if (levels is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var level in levels)
        {
            writer.WriteStartArray();
            foreach (var policy in level) policy.WriteTo(writer, Style);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private List<IReadOnlyList<Policy>>? CompileLevels(IReadOnlyList<IReadOnlyList<GeneratedPolicy>>? levels, PolicyKind kind) =>
        levels?.Select((level, l) => (IReadOnlyList<Policy>)level.Select((p, i) => p.Compile(Label(kind, l, i), Style)).ToList()).ToList();

    private static IEnumerable<(string, GeneratedPolicy)> LevelPolicies(IReadOnlyList<IReadOnlyList<GeneratedPolicy>>? levels, PolicyKind kind)
    {
        if (levels is null) yield break;
        for (var l = 0; l < levels.Count; l++)
        {
            for (var i = 0; i < levels[l].Count; i++) yield return (Label(kind, l, i), levels[l][i]);
        }
    }

    private static string Label(PolicyKind kind, int level, int index) => kind switch
    {
        PolicyKind.Identity => string.Create(CultureInfo.InvariantCulture, $"identity[{index}]"),
        PolicyKind.Scp => string.Create(CultureInfo.InvariantCulture, $"scp[{level}][{index}]"),
        _ => string.Create(CultureInfo.InvariantCulture, $"rcp[{level}][{index}]"),
    };

    private static List<GeneratedPolicy> AddTo(IReadOnlyList<GeneratedPolicy> policies, int position, GeneratedStatement statement)
    {
        var list = policies.ToList();
        var index = position % (list.Count + 1);
        if (index == list.Count) list.Add(new GeneratedPolicy([statement]));
        else list[index] = list[index].With(statement);
        return list;
    }

    private static List<IReadOnlyList<GeneratedPolicy>> AddToLevels(
        IReadOnlyList<IReadOnlyList<GeneratedPolicy>>? levels, int position, GeneratedStatement statement, GeneratedPolicy allowAll)
    {
        if (levels is null || levels.Count == 0) return [[allowAll, new GeneratedPolicy([statement])]];
        var list = levels.ToList();
        var level = position % list.Count;
        list[level] = AddTo(list[level], position / list.Count, statement);
        return list;
    }
}
