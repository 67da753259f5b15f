using System.CommandLine;

namespace Vigil.Cli.Commands;

/// <summary>vigil iam: the IAM policy engine's commands.</summary>
internal static class IamCommand
{
    public static Command Create(Func<TextReader> input)
    {
        var command = new Command("iam", "Ask the IAM policy engine what policies allow.");
        command.Subcommands.Add(IamSimulateCommand.Create(input));
        command.Subcommands.Add(IamLintCommand.Create());
        return command;
    }
}
