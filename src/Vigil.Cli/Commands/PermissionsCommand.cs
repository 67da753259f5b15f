using System.CommandLine;
using Vigil.Aws.Collection;

namespace Vigil.Cli.Commands;

/// <summary>vigil permissions: the least-privilege read-only IAM policy a live scan needs.</summary>
internal static class PermissionsCommand
{
    public static Command Create()
    {
        var command = new Command("permissions", "Print the read-only IAM policy Vigil needs to scan a live account.");
        command.SetAction((parsed, _) =>
        {
            parsed.InvocationConfiguration.Output.WriteLine(LivePermissions.PolicyDocument());
            return Task.FromResult(ExitCodes.Completed);
        });
        return command;
    }
}
