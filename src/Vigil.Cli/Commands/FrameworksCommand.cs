using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using Vigil.Core.Frameworks;

namespace Vigil.Cli.Commands;

/// <summary>vigil frameworks: the compliance frameworks and their requirements.</summary>
internal static class FrameworksCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "table|json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("frameworks", "List the compliance frameworks and their requirements.");
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
        foreach (var framework in FrameworkCatalog.BuiltIn.Frameworks)
        {
            var automated = framework.Requirements.Count(r => r.Checks.Count > 0);
            var table = new Table().Border(TableBorder.Simple)
                .Title($"{framework.Id}: {framework.Name} {framework.Version} ({automated} of {framework.Requirements.Count} requirements checked)");
            table.AddColumn("Requirement");
            table.AddColumn("Title");
            table.AddColumn("Checks");
            foreach (var requirement in framework.Requirements)
            {
                table.AddRow(new Text(requirement.Id), new Text(requirement.Title),
                    new Text(requirement.Checks.Count > 0 ? string.Join(", ", requirement.Checks) : "manual"));
            }
            console.Write(table);
        }
    }

    private static void WriteJson(TextWriter output)
    {
        var options = new JsonSerializerOptions(Core.Serialization.VigilJsonContext.Default.Options)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var typeInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Framework>)options.GetTypeInfo(typeof(Framework));
        output.Write('[');
        var first = true;
        foreach (var framework in FrameworkCatalog.BuiltIn.Frameworks)
        {
            if (!first) output.Write(',');
            first = false;
            output.WriteLine();
            output.Write(JsonSerializer.Serialize(framework, typeInfo));
        }
        output.WriteLine();
        output.WriteLine(']');
    }
}
