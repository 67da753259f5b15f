using System.CommandLine;
using Vigil.Access.Exposure;
using Vigil.Cli.Access;
using Vigil.Cli.Inputs;
using Vigil.Core;
using Vigil.Reports;

namespace Vigil.Cli.Commands;

/// <summary>vigil access exposure: every resource reachable from outside its account or by anyone (docs/access-exposure.md).</summary>
internal static class AccessExposureCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var format = new Option<string>("--format") { Description = "table|json", DefaultValueFactory = _ => "table" };
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var config = new Option<string?>("--config") { Description = "A YAML file of check settings; its trustedAccounts are labelled trusted (docs/configuration.md)." };

        var command = new Command("exposure", "List every resource reachable from outside its account or by anyone: by whom, with which actions, under which conditions.");
        inputs.AddTo(command);
        foreach (var option in new Option[] { format, outputFile, config }) command.Options.Add(option);
        format.AcceptOnlyFromAmong("table", "json");
        command.SetAction(async (parsed, cancellationToken) =>
            await RunAsync(inputs.Read(parsed), parsed.GetValue(format) ?? "table", parsed.GetValue(outputFile), parsed.GetValue(config),
                parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(InputRequest input, string format, string? outputFile, string? configFile, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        var settings = ScanSettings.For(input, configFile);
        var progress = input.Quiet ? ScanProgress.Silent : ScanProgress.For(error);
        ExposureOutput result;
        try
        {
            progress.Step("Loading the estate");
            var (snapshot, sources) = await InputLoader.LoadAsync(input, progress, error, cancellationToken);
            progress.Step("Analysing exposure");
            var now = TimeProvider.System.GetUtcNow();
            var report = ExposureAnalyzer.Analyse(snapshot, new ExposureSettings(settings.TrustedAccounts, now), cancellationToken);
            result = ExposureOutput.Of(report, snapshot, sources, now);
        }
        finally
        {
            progress.Done();
        }

        using var buffer = new MemoryStream();
        if (format == "json") await ExposureJsonWriter.WriteAsync(result, buffer, cancellationToken);
        else
        {
            var toTerminal = outputFile is null && !Console.IsOutputRedirected && output == Console.Out;
            await ExposureTableWriter.WriteAsync(result, toTerminal ? new ReportStyle(true, Math.Max(80, Console.WindowWidth)) : ReportStyle.Plain, buffer, cancellationToken);
        }

        if (outputFile is null)
        {
            buffer.Position = 0;
            using var reader = new StreamReader(buffer);
            await output.WriteAsync(await reader.ReadToEndAsync(cancellationToken));
            await output.FlushAsync(cancellationToken);
            return ExitCodes.Completed;
        }

        try
        {
            await File.WriteAllBytesAsync(outputFile, buffer.ToArray(), cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VigilInputException($"{outputFile}: cannot write the report: {e.Message}");
        }

        return ExitCodes.Completed;
    }
}
