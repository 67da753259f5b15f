using System.Text.Json;
using Vigil.Iam.Catalog;

namespace Vigil.Iam.Lint;

/// <summary>
/// Checks one policy document the way Parliament and IAM Access Analyzer's ValidatePolicy do: grammar, names against
/// the action catalog, resources against the actions' ARN formats, condition keys and operator types, elements the
/// policy kind forbids, risky grants. Pure and deterministic; never throws on any text.
/// </summary>
public static class PolicyLinter
{
    /// <summary>Lints policy text; findings come in document order, each with its line and column.</summary>
    public static IReadOnlyList<LintFinding> Lint(string json, LintPolicyKind kind, ActionCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var column = e.BytePositionInLine is { } c ? (int)c + 1 : (int?)null;
            return [new LintFinding(LintRules.MalformedJson.Code, LintRules.MalformedJson.Severity, $"Not valid JSON: {e.Message}", null, null, "", line, column)];
        }

        using (document)
        {
            return Lint(document.RootElement, kind, catalog ?? ActionCatalog.BuiltIn, json);
        }
    }

    /// <summary>Lints a document already read as JSON (no line numbers).</summary>
    public static IReadOnlyList<LintFinding> Lint(JsonElement document, LintPolicyKind kind, ActionCatalog? catalog = null) =>
        Lint(document, kind, catalog ?? ActionCatalog.BuiltIn, null);

    /// <summary>Lints <paramref name="root"/>; <paramref name="json"/>, its text when known, places findings by line and
    /// column, read only when there are findings to place.</summary>
    private static LintFinding[] Lint(JsonElement root, LintPolicyKind kind, ActionCatalog catalog, string? json)
    {
        Policy policy;
        try
        {
            policy = Policy.Parse(root, "policy", PolicyKind.Any);
        }
        catch (PolicyParseException e)
        {
            return [ParseFailure(e, root, Locations(json, null))];
        }

        var context = new LintContext(policy, Statements(root, policy), kind, catalog);
        DocumentRules.Run(context);
        ElementRules.Run(context);
        ActionRules.Run(context);
        ResourceRules.Run(context);
        PrincipalRules.Run(context);
        FederationRules.Run(context);
        ConditionRules.Run(context);
        RiskRules.Run(context);
        return Placed(context.Findings, json);
    }

    private static JsonLocations Locations(string? json, IEnumerable<string>? paths) => json is null ? JsonLocations.None : JsonLocations.Of(json, paths);

    /// <summary>The findings with their lines and columns, in document order.</summary>
    private static LintFinding[] Placed(IReadOnlyList<LintFinding> findings, string? json)
    {
        if (findings.Count == 0) return [];
        var locations = Locations(json, findings.Select(f => f.Path));
        var placed = new LintFinding[findings.Count];
        for (var i = 0; i < placed.Length; i++)
        {
            var (line, column) = locations.Find(findings[i].Path);
            placed[i] = findings[i] with { Line = line, Column = column };
        }

        return placed.Length == 1 ? placed : [.. placed.OrderBy(f => f.Line ?? int.MaxValue).ThenBy(f => f.Column ?? 0).ThenBy(f => f.StatementIndex ?? -1)];
    }

    private static List<LintStatement> Statements(JsonElement root, Policy policy)
    {
        var statements = new List<LintStatement>(policy.StatementCount);
        var list = root.GetProperty("Statement");
        if (list.ValueKind == JsonValueKind.Object)
        {
            statements.Add(new LintStatement(policy.Statements[0], list, "Statement"));
            return statements;
        }

        var index = 0;
        foreach (var element in list.EnumerateArray())
        {
            statements.Add(new LintStatement(policy.Statements[index], element, $"Statement[{index}]"));
            index++;
        }

        return statements;
    }

    private static LintFinding ParseFailure(PolicyParseException e, JsonElement root, JsonLocations locations)
    {
        var rule = e.Field == "Version" && e.StatementIndex is null ? LintRules.InvalidVersion
            : e.Message.Contains("is not a condition operator", StringComparison.Ordinal) ? LintRules.UnknownOperator
            : LintRules.Malformed;
        var statementPath = e.StatementIndex is not { } index ? ""
            : root.TryGetProperty("Statement", out var list) && list.ValueKind == JsonValueKind.Object ? "Statement" : $"Statement[{index}]";
        var path = e.Field is null ? statementPath : statementPath.Length == 0 ? e.Field : $"{statementPath}.{e.Field}";
        var (line, column) = locations.Find(path);
        var prefix = "policy policy: ";
        var message = e.Message.StartsWith(prefix, StringComparison.Ordinal) ? e.Message[prefix.Length..] : e.Message;
        return new LintFinding(rule.Code, rule.Severity, char.ToUpperInvariant(message[0]) + message[1..], e.StatementIndex, e.Sid, path, line, column);
    }
}
