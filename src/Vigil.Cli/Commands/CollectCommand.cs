using System.CommandLine;
using Vigil.Cli.Inputs;
using Vigil.Core;
using Vigil.Core.Serialization;

namespace Vigil.Cli.Commands;

/// <summary>vigil collect: the live inventory of an account saved as a Vigil snapshot.</summary>
internal static class CollectCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var output = new Option<string>("--out") { Description = "The snapshot file to write (.json, or gzip when the name ends .gz).", Required = true };
        var command = new Command("collect", "Read a live AWS account (read-only) into a Vigil snapshot file.");
        inputs.AddLiveTo(command);
        command.Options.Add(output);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var request = inputs.ReadLive(parsed);
            var error = parsed.InvocationConfiguration.Error;
            var progress = request.Quiet ? ScanProgress.Silent : ScanProgress.For(error);
            var snapshot = await LiveInput.CollectAsync(request, progress, error, cancellationToken);
            var path = parsed.GetValue(output)!;
            try
            {
                await SnapshotFile.SaveAsync(snapshot, path, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new VigilInputException($"{path}: cannot write the snapshot: {e.Message}");
            }

            await error.WriteLineAsync($"{path}: {snapshot.AllResources().Count()} resources, {snapshot.Errors.Count} calls failed.");
            return ExitCodes.Completed;
        });
        return command;
    }
}
