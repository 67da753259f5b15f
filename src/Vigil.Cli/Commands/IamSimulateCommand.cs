using System.CommandLine;
using Vigil.Iam.Simulation;

namespace Vigil.Cli.Commands;

/// <summary>vigil iam simulate: JSON-lines decision service on standard input and output (CONTRACTS.md).</summary>
internal static class IamSimulateCommand
{
    public static Command Create(Func<TextReader> input)
    {
        var command = new Command(
            "simulate",
            "Read one JSON authorization request per line on standard input; write one JSON decision per line on standard output.");
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await new SimulationService().RunAsync(input(), parsed.InvocationConfiguration.Output, cancellationToken);
            return ExitCodes.Completed;
        });
        return command;
    }
}
