using System.Diagnostics;
using Vigil.Testing;
using Vigil.Testing.Skipping;

namespace Vigil.Reports.Tests.Validation;

/// <summary>The npm folder tools/report-validators (package.json and lock: the SARIF multitool, the Security Hub
/// SDK's type definitions, TypeScript), installed by `npm ci` there (.ci/run does it). A test that needs it skips,
/// saying why, when node or the installed packages are missing.</summary>
internal static class ReportValidators
{
    public static string Folder { get; } = RepositoryRoot.Combine("tools", "report-validators");

    public static string Node() => FindOnPath("node")
        ?? throw new SkipTestException("node is not installed (not on PATH): the report validators need Node.js (run `npm ci` in tools/report-validators)");

    /// <summary>The path of a file inside an installed package, or a skip naming the missing package.</summary>
    public static string Package(string package, string file)
    {
        var path = Path.Combine(Folder, "node_modules", package, file);
        if (!File.Exists(path))
            throw new SkipTestException($"the npm package {package} is not installed: run `npm ci` in tools/report-validators");
        return path;
    }

    public static (int ExitCode, string Output) Run(string file, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within 3 minutes");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string? FindOnPath(string tool)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, tool);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
