using System.CommandLine;
using Vigil.Access.Can;
using Vigil.Access.Principals;
using Vigil.Cli.Access;
using Vigil.Cli.Inputs;
using Vigil.Core;
using Vigil.Iam;
using Vigil.Iam.Catalog;
using Vigil.Reports;

namespace Vigil.Cli.Commands;

/// <summary>vigil access can: the effective permissions of one principal by service and access level (docs/access-can.md).</summary>
internal static class AccessCanCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var principal = new Option<string>("--principal") { Description = "The ARN of an IAM user or role of the input.", Required = true };
        var service = new Option<string[]>("--service") { Description = "Only these services (repeatable), e.g. s3, iam." };
        var sessionPolicy = new Option<string?>("--session-policy") { Description = "A session policy file: answer for a session of the principal limited by it." };
        var format = new Option<string>("--format") { Description = "table|json", DefaultValueFactory = _ => "table" };
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the answer to this file instead of standard output." };
        var config = new Option<string?>("--config") { Description = "A YAML file of settings (docs/configuration.md); read and validated like every command's." };

        var command = new Command("can", "Show what one principal can do, by service and access level, after its boundary, SCPs and session policy.");
        inputs.AddTo(command);
        foreach (var option in new Option[] { principal, service, sessionPolicy, format, outputFile, config }) command.Options.Add(option);
        format.AcceptOnlyFromAmong("table", "json");
        service.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (!ActionCatalog.BuiltIn.TryGetService(token.Value, out _)) result.AddError($"--service '{token.Value}' is not a service prefix the IAM catalog knows (for example s3, iam, ec2).");
            }
        });

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var input = inputs.Read(parsed);
            _ = ScanSettings.For(input, parsed.GetValue(config));
            var session = ReadSessionPolicy(parsed.GetValue(sessionPolicy));
            var arn = parsed.GetValue(principal)!;
            var progress = input.Quiet ? ScanProgress.Silent : ScanProgress.For(parsed.InvocationConfiguration.Error);
            CanResult? result;
            try
            {
                progress.Step("Loading the estate");
                var (snapshot, _) = await InputLoader.LoadAsync(input, progress, parsed.InvocationConfiguration.Error, cancellationToken);
                progress.Step("Evaluating actions");
                result = new CanAnalysis(new PrincipalDirectory(snapshot), ActionCatalog.BuiltIn).Run(arn, parsed.GetValue(service) ?? [], session);
            }
            finally
            {
                progress.Done();
            }

            if (result is null) throw new VigilInputException($"--principal {arn} is not an IAM user or role of the input.");
            var output = parsed.InvocationConfiguration.Output;
            var file = parsed.GetValue(outputFile);
            var style = AccessAnswerOutput.ToTerminal(file, output) ? new ReportStyle(true, Math.Max(80, Console.WindowWidth)) : ReportStyle.Plain;
            await AccessAnswerOutput.WriteAsync(
                stream => parsed.GetValue(format) == "json"
                    ? CanJsonWriter.WriteAsync(result, stream, cancellationToken)
                    : CanTableWriter.WriteAsync(result, style, stream, cancellationToken),
                file, output, cancellationToken);
            return ExitCodes.Completed;
        });
        return command;
    }

    private static Policy? ReadSessionPolicy(string? path)
    {
        if (path is null) return null;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VigilInputException($"{path}: cannot read the session policy: {e.Message}");
        }

        try
        {
            return Policy.Parse(text, path, PolicyKind.Identity);
        }
        catch (PolicyParseException e)
        {
            throw new VigilInputException($"{path}: not a valid session policy: {e.Message}");
        }
    }
}
