using System.CommandLine;
using Vigil.Core.Checks;
using Vigil.Core.Findings;
using Vigil.Reports;
using Vigil.Reports.Diff;

namespace Vigil.Cli.Commands;

/// <summary>vigil diff OLD.json NEW.json: what appeared, disappeared or changed between two scan results.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var old = new Argument<string>("OLD") { Description = "The earlier scan result (vigil scan --format json)." };
        var current = new Argument<string>("NEW") { Description = "The later scan result." };
        var format = new Option<string>("--format") { Description = "table|json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var failOn = new Option<string?>("--fail-on") { Description = "Exit with code 1 when a new failure (a new failing finding, or one that changed to fail) at or above this severity appeared." };
        failOn.AcceptOnlyFromAmong(Vocabulary.Severities.ToArray());

        var command = new Command("diff", "Compare two scan results: findings new, fixed (gone), changed (status or severity) and unchanged, matched by finding id.");
        command.Arguments.Add(old);
        command.Arguments.Add(current);
        command.Options.Add(format);
        command.Options.Add(failOn);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var before = await ScanResultReader.ReadAsync(parsed.GetValue(old)!, cancellationToken);
            var after = await ScanResultReader.ReadAsync(parsed.GetValue(current)!, cancellationToken);
            var diff = ScanDiff.Compare(before, after);
            var output = parsed.InvocationConfiguration.Output;
            var json = parsed.GetValue(format) == "json";
            await WriteAsync(output, (stream, style) => json
                ? DiffJsonWriter.WriteAsync(diff, stream, cancellationToken)
                : DiffTableWriter.WriteAsync(diff, stream, style, cancellationToken), cancellationToken);
            var threshold = parsed.GetValue(failOn) is { } text && Vocabulary.TryParseSeverity(text, out var s) ? s : (Severity?)null;
            return threshold is { } t && diff.HasNewFailureAtOrAbove(t) ? ExitCodes.FailOnThreshold : ExitCodes.Completed;
        });
        return command;
    }

    private static async Task WriteAsync(TextWriter output, Func<Stream, ReportStyle, Task> write, CancellationToken cancellationToken)
    {
        if (output == Console.Out)
        {
            await output.FlushAsync(cancellationToken);
            var style = Console.IsOutputRedirected ? ReportStyle.Plain : new ReportStyle(true, Math.Max(80, Console.WindowWidth));
            await using var stdout = Console.OpenStandardOutput();
            await write(stdout, style);
            return;
        }
        using var buffer = new MemoryStream();
        await write(buffer, ReportStyle.Plain);
        buffer.Position = 0;
        using var reader = new StreamReader(buffer);
        await output.WriteAsync(await reader.ReadToEndAsync(cancellationToken));
        await output.FlushAsync(cancellationToken);
    }
}
