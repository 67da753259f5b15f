using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Access.Can;
using Vigil.Core;
using static Vigil.Cli.Access.AccessStatementJson;

namespace Vigil.Cli.Access;

/// <summary>The can answer as JSON (shape in docs/access-can.md).</summary>
internal static class CanJsonWriter
{
    public static async Task WriteAsync(CanResult result, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        AccessAnswerJson.WriteHeader(json);
        json.WriteString("principal", result.Principal);
        json.WriteString("caller", result.CallerArn);
        json.WriteString("account", result.AccountId);
        WriteStrings(json, "problems", result.Problems);
        WriteStrings(json, "unknownActions", result.UnknownActions);
        json.WriteStartArray("services");
        foreach (var service in result.Services)
        {
            json.WriteStartObject();
            json.WriteString("service", service.Service);
            json.WriteNumber("knownActions", service.KnownActions);
            json.WriteNumber("allowedActions", service.Levels.Sum(l => l.Actions.Count));
            json.WriteStartArray("levels");
            foreach (var level in service.Levels)
            {
                json.WriteStartObject();
                json.WriteString("level", level.Level);
                json.WriteStartArray("actions");
                foreach (var action in level.Actions)
                {
                    json.WriteStartObject();
                    json.WriteString("action", action.Action);
                    WriteAccess(json, action.Access);
                    json.WriteString("scope", action.Scope);
                    WriteStrings(json, "resources", action.Resources);
                    WriteStrings(json, "exceptResources", action.ExceptResources);
                    WriteStatements(json, "grants", action.Grants);
                    WriteStatements(json, "possibleDenies", action.PossibleDenies);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }
}
