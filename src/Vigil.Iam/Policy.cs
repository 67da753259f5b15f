using System.Text.Json;
using Vigil.Iam.Policies;

namespace Vigil.Iam;

/// <summary>A policy document parsed and compiled once, to be evaluated many times.</summary>
public sealed class Policy
{
    internal Policy(string source, string? version, string? id, Statement[] statements)
    {
        Source = source;
        Version = version;
        Id = id;
        Statements = statements;
    }

    /// <summary>Where the document came from (file, ARN, label), as named in error messages.</summary>
    public string Source { get; }

    public string? Version { get; }

    public string? Id { get; }

    public int StatementCount => Statements.Length;

    internal Statement[] Statements { get; }

    /// <summary>Memo of <see cref="PolicyMentions.Of"/>: the policy never changes, and analyses ask for each one many times.</summary>
    internal PolicyMentions? Mentions { get; set; }

    /// <summary>Memo of <see cref="PolicyActionMentions.Of"/>.</summary>
    internal PolicyActionMentions? ActionMentions { get; set; }

    /// <summary>The same compiled policy under another name (the statements are shared, not copied): one document attached
    /// in many places is compiled once and named after each place in the statements an analysis reports.</summary>
    public Policy WithSource(string source) =>
        source == Source ? this : new Policy(source, Version, Id, Statements) { Mentions = Mentions, ActionMentions = ActionMentions };

    /// <summary>The principals the Principal elements name (not NotPrincipal), in document order: candidates for the
    /// requests a caller asks the engine about, never a verdict in themselves.</summary>
    public IReadOnlyList<NamedPrincipal> NamedPrincipals =>
        [.. Statements.Where(s => !s.NotPrincipal).SelectMany(s => s.PrincipalValues)];

    /// <summary>The values of the Action elements (not NotAction), as written.</summary>
    public IReadOnlyList<string> NamedActions => [.. Statements.Where(s => !s.NotAction).SelectMany(s => s.ActionValues)];

    /// <summary>The values of the Resource elements (not NotResource), as written.</summary>
    public IReadOnlyList<string> NamedResources => [.. Statements.Where(s => !s.NotResource).SelectMany(s => s.ResourceValues)];

    /// <summary>The values the conditions compare <paramref name="key"/> with (any operator; key names are case-insensitive), as written.</summary>
    public IReadOnlyList<string> NamedConditionValues(string key) =>
        [.. Statements.SelectMany(s => s.Conditions).Where(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase)).SelectMany(c => c.Values)];

    /// <summary>Parses and compiles a policy document; throws <see cref="PolicyParseException"/> naming the statement and field when it is not valid.</summary>
    public static Policy Parse(string json, string source) => Parse(json, source, PolicyKind.Any);

    /// <summary>Parses a policy of a known kind, also rejecting what AWS rejects for that kind (an identity policy
    /// without Resource, a resource policy without Principal).</summary>
    public static Policy Parse(string json, string source, PolicyKind kind)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new PolicyParseException(source, null, null, null, $"not valid JSON ({e.Message})");
        }

        using (document) return PolicyParser.Parse(document.RootElement, source, kind);
    }

    /// <summary>Parses and compiles a policy document already read as JSON.</summary>
    public static Policy Parse(JsonElement document, string source) => PolicyParser.Parse(document, source, PolicyKind.Any);

    /// <summary>Parses a policy of a known kind already read as JSON.</summary>
    public static Policy Parse(JsonElement document, string source, PolicyKind kind) => PolicyParser.Parse(document, source, kind);
}
