using System.CommandLine;

namespace Vigil.Cli.Commands;

/// <summary>vigil access: who can reach what, what is exposed, and how principals can escalate.</summary>
internal static class AccessCommand
{
    public static Command Create()
    {
        var command = new Command("access", "Analyse access across every principal, resource and policy layer of an estate.");
        command.Subcommands.Add(AccessWhoCanCommand.Create());
        command.Subcommands.Add(AccessCanCommand.Create());
        command.Subcommands.Add(AccessExposureCommand.Create());
        command.Subcommands.Add(AccessPrivescCommand.Create());
        return command;
    }
}
