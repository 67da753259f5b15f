using System.CommandLine;
using Vigil.Checks;
using Vigil.Cli.Inputs;
using Vigil.Core;
using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Frameworks;
using Vigil.Core.Responsibilities;
using Vigil.Core.Suppressions;
using Vigil.Reports;

namespace Vigil.Cli.Commands;

/// <summary>vigil scan: load or collect, evaluate the selected checks, write findings.</summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var format = new Option<string[]>("--format") { Description = string.Join("|", ReportWriters.All.Select(w => w.Format)) + " (repeat with --output-dir for several).", DefaultValueFactory = _ => ["table"] };
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var outputDir = new Option<string?>("--output-dir") { Description = "Write one file per --format into this directory." };
        var framework = new Option<string[]>("--framework") { Description = "Only checks mapped to this framework (repeatable)." };
        var severity = new Option<string?>("--severity") { Description = "Minimum severity to evaluate and show: critical|high|medium|low|informational." };
        var check = new Option<string[]>("--check") { Description = "Check ids to run (repeatable, wildcards * and ?)." };
        var service = new Option<string[]>("--service") { Description = "Services to check (repeatable), e.g. s3, iam." };
        var status = new Option<string[]>("--status") { Description = "Only list findings with this status: fail|pass|error|manual|muted (repeatable)." };
        var failOn = new Option<string?>("--fail-on") { Description = "Exit with code 1 when a failing finding at or above this severity exists." };
        var mute = new Option<string?>("--mute") { Description = "A YAML file of suppression rules." };
        var config = new Option<string?>("--config") { Description = "A YAML file of check thresholds (docs/configuration.md)." };

        var command = new Command("scan", "Collect (or load) an estate, evaluate every selected check and print the findings.");
        inputs.AddTo(command);
        foreach (var option in new Option[] { format, outputFile, outputDir, framework, severity, check, service, status, failOn, mute, config }) command.Options.Add(option);

        var formats = ReportWriters.All.Select(w => w.Format).ToArray();
        format.AcceptOnlyFromAmong(formats);
        severity.AcceptOnlyFromAmong(Vocabulary.Severities.ToArray());
        failOn.AcceptOnlyFromAmong(Vocabulary.Severities.ToArray());
        status.AcceptOnlyFromAmong(Vocabulary.Statuses.ToArray());
        framework.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (FrameworkCatalog.BuiltIn.Find(token.Value) is null)
                    result.AddError($"Unknown framework '{token.Value}'. Known: {string.Join(", ", FrameworkCatalog.BuiltIn.Frameworks.Select(f => f.Id))}.");
            }
        });

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var request = new ScanRequest(
                inputs.Read(parsed),
                parsed.GetValue(format) ?? ["table"],
                parsed.GetValue(outputFile),
                parsed.GetValue(outputDir),
                new CheckSelection
                {
                    CheckPatterns = parsed.GetValue(check) ?? [],
                    Services = parsed.GetValue(service) ?? [],
                    Frameworks = parsed.GetValue(framework) ?? [],
                    MinimumSeverity = ParseSeverity(parsed.GetValue(severity)),
                },
                (parsed.GetValue(status) ?? []).Select(s => Vocabulary.TryParseStatus(s, out var v) ? v : default).ToList(),
                ParseSeverity(parsed.GetValue(failOn)),
                parsed.GetValue(mute),
                parsed.GetValue(config));
            return await RunAsync(request, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    private static Severity? ParseSeverity(string? text) => text is not null && Vocabulary.TryParseSeverity(text, out var s) ? s : null;

    private static async Task<int> RunAsync(ScanRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var writers = request.Formats.Distinct(StringComparer.OrdinalIgnoreCase).Select(f => ReportWriters.Find(f)
            ?? throw new VigilInputException($"unknown --format {f} (known: {string.Join(", ", ReportWriters.All.Select(w => w.Format))}).")).ToList();
        if (writers.Count > 1 && request.OutputDirectory is null)
            throw new VigilInputException("several --format values need --output-dir, one file per format.");
        if (request.OutputFile is not null && request.OutputDirectory is not null)
            throw new VigilInputException("give either --output or --output-dir, not both.");

        var mutes = request.MuteFile is null ? MuteSet.None : MuteFile.Load(request.MuteFile);
        var settings = ScanSettings.For(request.Input, request.SettingsFile);
        var progress = request.Input.Quiet ? ScanProgress.Silent : ScanProgress.For(error);
        ScanResult result;
        ResponsibilityMatrix? responsibilities = null;
        try
        {
            progress.Step("Loading the estate");
            var (snapshot, sources) = await InputLoader.LoadAsync(request.Input, progress, error, cancellationToken);
            progress.Step("Evaluating checks");
            var scanner = new Scanner(BuiltInChecks.Catalog, FrameworkCatalog.BuiltIn, TimeProvider.System);
            result = scanner.Scan(snapshot, sources, new ScanOptions { Selection = request.Selection, Mutes = mutes, Settings = settings }, cancellationToken);
            if (writers.Any(w => w.Format == "html")) responsibilities = ResponsibilityMatrixBuilder.Build(ResponsibilityCatalog.BuiltIn, snapshot, result.Findings);
        }
        finally
        {
            progress.Done();
        }
        foreach (var warning in result.Warnings) await error.WriteLineAsync($"vigil: warning: {warning}");

        foreach (var writer in writers)
        {
            var listed = Listed(result.Findings, request.Statuses, writer.Format);
            var toTerminal = request.OutputFile is null && request.OutputDirectory is null && !Console.IsOutputRedirected && output == Console.Out;
            var style = toTerminal ? new ReportStyle(true, Math.Max(80, Console.WindowWidth)) : ReportStyle.Plain;
            var input = new ReportInput(result, listed, FrameworkCatalog.BuiltIn, style) { Responsibilities = responsibilities };
            await WriteAsync(writer, input, request, output, cancellationToken);
        }

        if (request.FailOn is { } threshold &&
            result.Findings.Any(f => f.Status == FindingStatus.Fail && f.Metadata.Severity >= threshold))
        {
            return ExitCodes.FailOnThreshold;
        }
        return ExitCodes.Completed;
    }

    /// <summary>--status filters what is listed; without it the table lists everything but passes and JSON lists everything.</summary>
    private static IReadOnlyList<Finding> Listed(IReadOnlyList<Finding> findings, IReadOnlyList<FindingStatus> statuses, string format)
    {
        if (statuses.Count > 0) return findings.Where(f => statuses.Contains(f.Status)).ToList();
        return format == "table" ? findings.Where(f => f.Status != FindingStatus.Pass).ToList() : findings;
    }

    private static async Task WriteAsync(IReportWriter writer, ReportInput input, ScanRequest request, TextWriter output, CancellationToken cancellationToken)
    {
        var path = request.OutputDirectory is not null
            ? Path.Combine(request.OutputDirectory, "vigil-scan" + writer.Extension)
            : request.OutputFile;
        if (path is null && output == Console.Out)
        {
            await output.FlushAsync(cancellationToken);
            await using var stdout = Console.OpenStandardOutput();
            await writer.WriteAsync(input, stdout, cancellationToken);
            return;
        }
        if (path is null)
        {
            using var buffer = new MemoryStream();
            await writer.WriteAsync(input, buffer, cancellationToken);
            buffer.Position = 0;
            using var reader = new StreamReader(buffer);
            await output.WriteAsync(await reader.ReadToEndAsync(cancellationToken));
            await output.FlushAsync(cancellationToken);
            return;
        }
        try
        {
            if (request.OutputDirectory is not null) Directory.CreateDirectory(request.OutputDirectory);
            await using var file = File.Create(path);
            await writer.WriteAsync(input, file, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VigilInputException($"{path}: cannot write the report: {e.Message}");
        }
    }
}
