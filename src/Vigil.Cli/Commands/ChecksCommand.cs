using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using Vigil.Checks;
using Vigil.Core.Findings;
using Vigil.Core.Frameworks;
using Vigil.Reports.Json;

namespace Vigil.Cli.Commands;

/// <summary>vigil checks: the catalog with metadata and framework mappings.</summary>
internal static class ChecksCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "table|json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("checks", "List the check catalog with metadata and framework mappings.");
        command.Options.Add(format);
        command.SetAction((parsed, cancellationToken) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            if (parsed.GetValue(format) == "json") WriteJson(output);
            else WriteTable(output);
            return Task.FromResult(ExitCodes.Completed);
        });
        return command;
    }

    private static void WriteTable(TextWriter output)
    {
        var console = TerminalConsole.For(output);
        var table = new Table().Border(TableBorder.Simple).Title($"{BuiltInChecks.Catalog.Checks.Count} checks");
        table.AddColumn(new TableColumn("Id").NoWrap());
        table.AddColumn("Severity");
        table.AddColumn("Title");
        table.AddColumn("Frameworks");
        foreach (var check in BuiltInChecks.Catalog.Checks)
        {
            var m = check.Metadata;
            var mapped = FrameworkCatalog.BuiltIn.RequirementsOf(m.Id).Select(kv => $"{kv.Key} {string.Join(",", kv.Value)}");
            table.AddRow(new Text(m.Id), new Text(Vocabulary.Text(m.Severity)), new Text(m.Title), new Text(string.Join("; ", mapped)));
        }
        console.Write(table);
    }

    private static void WriteJson(TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var check in BuiltInChecks.Catalog.Checks)
            {
                var m = check.Metadata;
                json.WriteStartObject();
                json.WriteString("id", m.Id);
                json.WriteString("title", m.Title);
                json.WriteString("severity", Vocabulary.Text(m.Severity));
                json.WriteString("service", m.Service);
                json.WriteString("domain", Vocabulary.Text(m.Domain));
                json.WriteString("responsibility", Vocabulary.Text(m.Responsibility));
                json.WriteString("resourceType", Core.Model.SnapshotResources.TypeName(check.ResourceType));
                json.WriteString("risk", m.Risk);
                CheckJson.WriteRemediation(json, m.Remediation);
                CheckJson.WriteCompliance(json, FrameworkCatalog.BuiltIn, m.Id);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
