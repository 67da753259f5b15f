using System.CommandLine;
using Vigil.Access.Principals;
using Vigil.Access.WhoCan;
using Vigil.Cli.Access;
using Vigil.Cli.Inputs;
using Vigil.Core;
using Vigil.Reports;

namespace Vigil.Cli.Commands;

/// <summary>vigil access who-can: every principal for which an action on a resource is allowed, with the granting
/// statements and the conditions that still apply (docs/access-who-can.md).</summary>
internal static class AccessWhoCanCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var action = new Option<string>("--action") { Description = "The action, e.g. s3:GetObject.", Required = true };
        var resource = new Option<string>("--resource") { Description = "The resource ARN, e.g. arn:aws:s3:::bucket/key.", Required = true };
        var format = new Option<string>("--format") { Description = "table|json", DefaultValueFactory = _ => "table" };
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the answer to this file instead of standard output." };
        var config = new Option<string?>("--config") { Description = "A YAML file of settings; its trusted accounts are labelled trusted (docs/configuration.md)." };

        var command = new Command("who-can", "List every principal allowed to perform an action on a resource, with the granting statements and their conditions.");
        inputs.AddTo(command);
        foreach (var option in new Option[] { action, resource, format, outputFile, config }) command.Options.Add(option);
        format.AcceptOnlyFromAmong("table", "json");
        action.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !ActionSyntax.IsValid(value)) result.AddError($"--action '{value}' is not an action: write SERVICE:ACTION, e.g. s3:GetObject.");
        });
        resource.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !ActionSyntax.IsArn(value)) result.AddError($"--resource '{value}' is not an ARN: write arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE.");
        });

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var input = inputs.Read(parsed);
            var settings = ScanSettings.For(input, parsed.GetValue(config));
            var progress = input.Quiet ? ScanProgress.Silent : ScanProgress.For(parsed.InvocationConfiguration.Error);
            WhoCanResult result;
            try
            {
                progress.Step("Loading the estate");
                var (snapshot, _) = await InputLoader.LoadAsync(input, progress, parsed.InvocationConfiguration.Error, cancellationToken);
                progress.Step("Evaluating principals");
                result = new WhoCanAnalysis(new PrincipalDirectory(snapshot)).Run(parsed.GetValue(action)!, parsed.GetValue(resource)!, settings.TrustedAccounts);
            }
            finally
            {
                progress.Done();
            }

            var output = parsed.InvocationConfiguration.Output;
            var file = parsed.GetValue(outputFile);
            var style = AccessAnswerOutput.ToTerminal(file, output) ? new ReportStyle(true, Math.Max(80, Console.WindowWidth)) : ReportStyle.Plain;
            await AccessAnswerOutput.WriteAsync(
                stream => parsed.GetValue(format) == "json"
                    ? WhoCanJsonWriter.WriteAsync(result, stream, cancellationToken)
                    : WhoCanTableWriter.WriteAsync(result, style, stream, cancellationToken),
                file, output, cancellationToken);
            return ExitCodes.Completed;
        });
        return command;
    }
}
