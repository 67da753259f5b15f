using System.CommandLine;
using Vigil.Access.Principals;
using Vigil.Access.Privesc;
using Vigil.Cli.Access;
using Vigil.Cli.Inputs;
using Vigil.Core;

namespace Vigil.Cli.Commands;

/// <summary>vigil access privesc: which principals can make themselves administrators, and how.</summary>
internal static class AccessPrivescCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var format = new Option<string>("--format") { Description = "table|json", DefaultValueFactory = _ => "table" };
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var config = new Option<string?>("--config") { Description = "A YAML file of check thresholds (docs/configuration.md)." };
        var all = new Option<bool>("--all") { Description = "List every principal, administrators and those that cannot escalate too." };
        var assume = new Option<bool>("--assume-uncollected")
        {
            Description = "Count takeovers of resource types the snapshot does not collect (stacks, CodeBuild projects, Glue, SageMaker notebooks, ECS tasks, App Runner): any role trusting the service is taken to run one; and launch templates not read or not listed.",
        };
        var region = new Option<string>("--attacker-region") { Description = "The region the attacker creates resources in.", DefaultValueFactory = _ => "us-east-1" };

        var command = new Command("privesc", "Find every IAM user and role that can escalate to administrative access, with the shortest path.");
        inputs.AddTo(command);
        foreach (var option in new Option[] { format, outputFile, config, all, assume, region }) command.Options.Add(option);
        format.AcceptOnlyFromAmong("table", "json");

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var input = inputs.Read(parsed);
            ScanSettings.For(input, parsed.GetValue(config));
            var progress = input.Quiet ? ScanProgress.Silent : ScanProgress.For(parsed.InvocationConfiguration.Error);
            PrivescReport report;
            try
            {
                progress.Step("Loading the estate");
                var (snapshot, _) = await InputLoader.LoadAsync(input, progress, parsed.InvocationConfiguration.Error, cancellationToken);
                progress.Step("Building the escalation graph");
                var options = new PrivescOptions
                {
                    Now = snapshot.CollectedAt ?? TimeProvider.System.GetUtcNow(),
                    Region = parsed.GetValue(region) ?? "us-east-1",
                    AssumeUncollectedResources = parsed.GetValue(assume),
                };
                report = new PrivescAnalyzer(new PrincipalDirectory(snapshot), options).Analyze(cancellationToken);
            }
            finally
            {
                progress.Done();
            }
            return await WriteAsync(report, parsed.GetValue(all), parsed.GetValue(format) ?? "table", parsed.GetValue(outputFile), parsed.InvocationConfiguration.Output, cancellationToken);
        });
        return command;
    }

    private static async Task<int> WriteAsync(PrivescReport report, bool all, string format, string? outputFile, TextWriter output, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        if (format == "json") await PrivescJsonWriter.WriteAsync(report, all, buffer, cancellationToken);
        else await PrivescTableWriter.WriteAsync(report, all, buffer, cancellationToken);
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
