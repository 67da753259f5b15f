using System.Diagnostics;

namespace Vigil.Aws.Tests.EndToEnd;

/// <summary>The vigil command line run as its own process with static credentials in its environment and nothing
/// else of the machine's AWS configuration, as a user would run `vigil collect --endpoint-url`.</summary>
internal static class VigilProcess
{
    public sealed record Run(int ExitCode, string Output, string Error);

    public static async Task<Run> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "vigil.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Clear();
        start.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "";
        start.Environment["DOTNET_ROOT"] = Environment.GetEnvironmentVariable("DOTNET_ROOT") ?? "";
        start.Environment["HOME"] = Directory.CreateTempSubdirectory("vigil-home-").FullName;
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        start.Environment["AWS_ACCESS_KEY_ID"] = "AKIDFAKEVIGIL";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "fake/secret/key/for/the/scripted/account";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Run(process.ExitCode, await output, await error);
    }
}
