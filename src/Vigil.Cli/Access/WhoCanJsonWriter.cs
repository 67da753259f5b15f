using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Access.WhoCan;
using Vigil.Core;
using static Vigil.Cli.Access.AccessStatementJson;

namespace Vigil.Cli.Access;

/// <summary>The who-can answer as JSON (shape in docs/access-who-can.md).</summary>
internal static class WhoCanJsonWriter
{
    public static async Task WriteAsync(WhoCanResult result, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        AccessAnswerJson.WriteHeader(json);
        json.WriteString("action", result.Action);
        json.WriteStartObject("resource");
        json.WriteString("arn", result.Resource);
        json.WriteString("type", result.ResourceType);
        json.WriteString("account", result.ResourceAccount);
        json.WriteString("policy", result.ResourcePolicy);
        json.WriteEndObject();
        WriteStrings(json, "problems", result.Problems);
        json.WriteStartArray("principals");
        foreach (var principal in result.Principals)
        {
            json.WriteStartObject();
            json.WriteString("principal", principal.Principal);
            json.WriteString("type", principal.Type);
            json.WriteString("account", principal.AccountId);
            json.WriteString("relation", principal.Relation);
            WriteAccess(json, principal.Access);
            json.WriteString("meaning", principal.Meaning);
            WriteStrings(json, "throughGroups", principal.ThroughGroups);
            WriteStatements(json, "grants", principal.Grants);
            WriteStatements(json, "possibleDenies", principal.PossibleDenies);
            WriteStrings(json, "problems", principal.Problems);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("groups");
        foreach (var group in result.Groups)
        {
            json.WriteStartObject();
            json.WriteString("arn", group.Arn);
            json.WriteString("name", group.Name);
            WriteStrings(json, "members", group.Members);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }
}
