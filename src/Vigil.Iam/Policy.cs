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

    /// <summary>Parses and compiles a policy document; throws <see cref="PolicyParseException"/> naming the statement and field when it is not valid.</summary>
    public static Policy Parse(string json, string source)
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

        using (document) return PolicyParser.Parse(document.RootElement, source);
    }

    /// <summary>Parses and compiles a policy document already read as JSON.</summary>
    public static Policy Parse(JsonElement document, string source) => PolicyParser.Parse(document, source);
}
