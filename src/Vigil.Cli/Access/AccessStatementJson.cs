using System.Text.Json;
using Vigil.Iam.Discovery;

namespace Vigil.Cli.Access;

/// <summary>Statements and conditions in the JSON of the access answers (who-can, can).</summary>
internal static class AccessStatementJson
{
    public static void WriteAccess(Utf8JsonWriter json, ConditionalAccess access) =>
        json.WriteString("access", access == ConditionalAccess.Allowed ? "allowed" : "conditional");

    public static void WriteStatements(Utf8JsonWriter json, string name, IReadOnlyList<StatementMatch> statements)
    {
        json.WriteStartArray(name);
        foreach (var statement in statements)
        {
            json.WriteStartObject();
            json.WriteString("policy", statement.Policy);
            json.WriteString("source", statement.PolicySource);
            json.WriteString("sid", statement.Sid);
            json.WriteNumber("statement", statement.Index);
            json.WriteString("effect", statement.Effect);
            json.WriteStartArray("conditions");
            foreach (var condition in statement.Conditions)
            {
                json.WriteStartObject();
                json.WriteString("operator", condition.Operator);
                json.WriteString("key", condition.Key);
                json.WriteStartArray("values");
                foreach (var value in condition.Values) json.WriteStringValue(value);
                json.WriteEndArray();
                if (condition.Holds is { } holds) json.WriteBoolean("holds", holds);
                else json.WriteNull("holds");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
