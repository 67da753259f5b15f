using System.CommandLine;
using Vigil.Cli.Commands;
using Vigil.Core;

namespace Vigil.Cli;

/// <summary>Parses the command line and runs a command; user errors become exit code 2 with one message.</summary>
internal static class VigilApp
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, StandardInput, output, error, cancellationToken);

    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, () => input, output, error, cancellationToken);

    private static TextReader StandardInput() => new StreamReader(Console.OpenStandardInput(), bufferSize: 1 << 16);

    private static async Task<int> RunAsync(string[] args, Func<TextReader> input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var root = new RootCommand("Vigil: which AWS security duties are yours, for the services you use, and are you meeting them?");
        root.Subcommands.Add(ScanCommand.Create());
        root.Subcommands.Add(ResponsibilitiesCommand.Create());
        root.Subcommands.Add(ChecksCommand.Create());
        root.Subcommands.Add(FrameworksCommand.Create());
        root.Subcommands.Add(CollectCommand.Create());
        root.Subcommands.Add(PermissionsCommand.Create());
        root.Subcommands.Add(IamCommand.Create(input));
        root.Subcommands.Add(DiffCommand.Create());
        root.Subcommands.Add(AccessCommand.Create());

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors) await error.WriteLineAsync($"vigil: {parseError.Message}");
            await error.WriteLineAsync("Run 'vigil --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (VigilInputException e)
        {
            await error.WriteLineAsync($"vigil: {e.Message}");
            return ExitCodes.UsageError;
        }
    }
}
