using System.CommandLine;
using Vigil.Checks;
using Vigil.Cli.Inputs;
using Vigil.Core;
using Vigil.Core.Checks;
using Vigil.Core.Frameworks;
using Vigil.Core.Responsibilities;
using Vigil.Reports;
using Vigil.Reports.Responsibilities;

namespace Vigil.Cli.Commands;

/// <summary>vigil responsibilities: the shared-responsibility matrix for the services an estate uses.</summary>
internal static class ResponsibilitiesCommand
{
    private static readonly string[] Owners = ["customer", "aws", "shared"];

    public static Command Create()
    {
        var inputs = new InputOptions();
        var format = new Option<string>("--format") { Description = "table|json", DefaultValueFactory = _ => "table" };
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the matrix to this file instead of standard output." };
        var service = new Option<string[]>("--service") { Description = "Only these services (repeatable), e.g. s3, ec2." };
        var owner = new Option<string[]>("--owner") { Description = "Only duties of this owner: customer|aws|shared (repeatable)." };
        var config = new Option<string?>("--config") { Description = "A YAML file of check thresholds (docs/configuration.md)." };

        var command = new Command("responsibilities", "Show, for the services the estate uses, who owns each security duty and whether the customer's are met.");
        inputs.AddTo(command);
        foreach (var option in new Option[] { format, outputFile, service, owner, config }) command.Options.Add(option);
        format.AcceptOnlyFromAmong("table", "json");
        owner.AcceptOnlyFromAmong(Owners);
        service.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (ResponsibilityCatalog.BuiltIn.Find(token.Value) is null)
                    result.AddError($"Unknown service '{token.Value}'. Known: {string.Join(", ", ResponsibilityCatalog.BuiltIn.Services.Select(s => s.Id))}.");
            }
        });

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var filter = new ResponsibilityFilter
            {
                Services = parsed.GetValue(service) ?? [],
                Owners = (parsed.GetValue(owner) ?? []).Select(o => o switch
                {
                    "aws" => Responsibility.Aws,
                    "shared" => Responsibility.Shared,
                    _ => Responsibility.Customer,
                }).Distinct().ToList(),
            };
            return await RunAsync(inputs.Read(parsed), filter, parsed.GetValue(format) ?? "table", parsed.GetValue(outputFile), parsed.GetValue(config),
                parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(InputRequest input, ResponsibilityFilter filter, string format, string? outputFile, string? configFile,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var settings = ScanSettings.For(input, configFile);
        var progress = input.Quiet ? ScanProgress.Silent : ScanProgress.For(error);
        ResponsibilityReport report;
        try
        {
            progress.Step("Loading the estate");
            var (snapshot, sources) = await InputLoader.LoadAsync(input, progress, error, cancellationToken);
            progress.Step("Evaluating duties");
            var assessor = new ResponsibilityAssessor(ResponsibilityCatalog.BuiltIn, BuiltInChecks.Catalog, FrameworkCatalog.BuiltIn, TimeProvider.System);
            var (result, matrix) = assessor.Assess(snapshot, sources, filter, settings, cancellationToken);
            var toTerminal = outputFile is null && !Console.IsOutputRedirected && output == Console.Out;
            report = new ResponsibilityReport(result, matrix, toTerminal ? new ReportStyle(true, Math.Max(80, Console.WindowWidth)) : ReportStyle.Plain);
        }
        finally
        {
            progress.Done();
        }

        using var buffer = new MemoryStream();
        if (format == "json") await ResponsibilityJsonWriter.WriteAsync(report, buffer, cancellationToken);
        else await ResponsibilityTableWriter.WriteAsync(report, buffer, cancellationToken);
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
            throw new VigilInputException($"{outputFile}: cannot write the matrix: {e.Message}");
        }
        return ExitCodes.Completed;
    }
}
