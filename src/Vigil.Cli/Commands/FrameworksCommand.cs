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
        var ids = new Argument<string[]>("ID") { Description = "Only these frameworks (default: all).", Arity = ArgumentArity.ZeroOrMore };
        ids.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (FrameworkCatalog.BuiltIn.Find(token.Value) is null)
                    result.AddError($"Unknown framework '{token.Value}'. Known: {string.Join(", ", FrameworkCatalog.BuiltIn.Frameworks.Select(f => f.Id))}.");
            }
        });
        var command = new Command("frameworks", "List the compliance frameworks and their requirements.");
        command.Options.Add(format);
        command.Arguments.Add(ids);
        command.SetAction((parsed, cancellationToken) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var asked = parsed.GetValue(ids) ?? [];
            var frameworks = asked.Length == 0
                ? FrameworkCatalog.BuiltIn.Frameworks
                : asked.Select(id => FrameworkCatalog.BuiltIn.Find(id)!).Distinct().ToList();
            if (parsed.GetValue(format) == "json") WriteJson(output, frameworks);
            else WriteTable(output, frameworks);
            return Task.FromResult(ExitCodes.Completed);
        });
        return command;
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<Framework> frameworks)
    {
        var console = TerminalConsole.For(output);
        var summary = new Table().Border(TableBorder.Simple).Title("Frameworks");
        summary.AddColumn("Id");
        summary.AddColumn("Framework");
        summary.AddColumn(new TableColumn("Requirements").RightAligned());
        summary.AddColumn(new TableColumn("Checked").RightAligned());
        summary.AddColumn(new TableColumn("Manual").RightAligned());
        foreach (var framework in frameworks)
        {
            var automated = framework.Requirements.Count(r => r.Checks.Count > 0);
            summary.AddRow(new Text(framework.Id), new Text($"{framework.Name} {framework.Version}"), new Text(framework.Requirements.Count.ToString()),
                new Text(automated.ToString()), new Text((framework.Requirements.Count - automated).ToString()));
        }
        console.Write(summary);
        foreach (var framework in frameworks)
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
                    new Text(requirement.Checks.Count > 0 ? string.Join(", ", requirement.Checks) : ManualText(requirement)));
            }
            console.Write(table);
        }
    }

    private static string ManualText(FrameworkRequirement requirement) =>
        requirement.Manual is { } manual ? "manual: " + manual : "manual";

    private static void WriteJson(TextWriter output, IReadOnlyList<Framework> frameworks)
    {
        var options = new JsonSerializerOptions(Core.Serialization.VigilJsonContext.Default.Options)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var typeInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Framework>)options.GetTypeInfo(typeof(Framework));
        output.Write('[');
        var first = true;
        foreach (var framework in frameworks)
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
