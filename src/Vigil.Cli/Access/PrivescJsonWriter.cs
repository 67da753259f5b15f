using System.Text.Json;
using Vigil.Access.Privesc;
using Vigil.Core;

namespace Vigil.Cli.Access;

/// <summary>Writes a privilege-escalation report as the JSON documented in docs/access-privesc.md.</summary>
internal static class PrivescJsonWriter
{
    public static async Task WriteAsync(PrivescReport report, bool all, Stream stream, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        AccessAnswerJson.WriteHeader(json);
        json.WriteStartObject("options");
        json.WriteString("attackerTime", report.Options.Now);
        json.WriteString("region", report.Options.Region);
        json.WriteBoolean("assumeUncollectedResources", report.Options.AssumeUncollectedResources);
        json.WriteEndObject();
        json.WriteStartObject("summary");
        json.WriteNumber("principals", report.Principals.Count);
        json.WriteNumber("administrators", report.Principals.Count(p => p.IsAdmin));
        json.WriteNumber("canEscalate", report.Principals.Count(p => p.CanEscalate));
        json.WriteNumber("withProblems", report.Principals.Count(p => p.Problems.Count > 0));
        json.WriteEndObject();
        json.WriteStartArray("principals");
        foreach (var principal in PrivescTableWriter.Ordered(report, all)) WritePrincipal(json, principal);
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WritePrincipal(Utf8JsonWriter json, PrincipalEscalation principal)
    {
        json.WriteStartObject();
        json.WriteString("arn", principal.Arn);
        json.WriteString("kind", principal.Kind);
        json.WriteString("accountId", principal.AccountId);
        json.WriteBoolean("isAdmin", principal.IsAdmin);
        json.WriteBoolean("canEscalate", principal.CanEscalate);
        if (principal.ReachedAdmin is { } reached) json.WriteString("reachedAdmin", reached);
        else json.WriteNull("reachedAdmin");
        json.WriteStartArray("path");
        foreach (var step in principal.Path) WriteStep(json, step);
        json.WriteEndArray();
        json.WriteStartArray("problems");
        foreach (var problem in principal.Problems) json.WriteStringValue(problem);
        json.WriteEndArray();
        json.WriteStartArray("organizationProblems");
        foreach (var problem in principal.OrganizationProblems) json.WriteStringValue(problem);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStep(Utf8JsonWriter json, PrivescStep step)
    {
        json.WriteStartObject();
        json.WriteString("from", step.From);
        json.WriteString("to", step.To);
        json.WriteStartObject("technique");
        json.WriteString("id", step.Technique.Id);
        json.WriteNumber("number", step.Technique.Number);
        json.WriteString("title", step.Technique.Title);
        json.WriteEndObject();
        json.WriteBoolean("grantsAdmin", step.GrantsAdmin);
        json.WriteString("detail", step.Detail);
        json.WriteStartArray("permissions");
        foreach (var permission in step.Permissions)
        {
            json.WriteStartObject();
            json.WriteString("action", permission.Action);
            json.WriteString("resource", permission.Resource);
            json.WriteStartObject("requestValues");
            foreach (var (key, value) in permission.RequestValues) json.WriteString(key, value);
            json.WriteEndObject();
            json.WriteStartArray("statements");
            foreach (var statement in permission.Statements) json.WriteStringValue(statement);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
