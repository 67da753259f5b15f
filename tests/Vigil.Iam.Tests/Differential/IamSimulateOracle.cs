using System.Diagnostics;
using System.Text.Json;
using Vigil.Testing;

namespace Vigil.Iam.Tests.Differential;

/// <summary>Runs tools/iam-cases/differential-oracle.mjs as separate node processes (one per shard, in parallel) over request lines.</summary>
internal sealed class IamSimulateOracle(IamSimulateInstall install)
{
    private static readonly string Driver = RepositoryRoot.Combine("tools", "iam-cases", "differential-oracle.mjs");

    public IReadOnlyList<OracleAnswer> Decide(IReadOnlyList<string> requestLines, int shards)
    {
        if (requestLines.Count == 0) return [];
        shards = Math.Clamp(shards, 1, Math.Max(1, requestLines.Count / 500));
        var size = (requestLines.Count + shards - 1) / shards;
        var parts = Enumerable.Range(0, shards)
            .Select(s => requestLines.Skip(s * size).Take(size).ToList())
            .Where(p => p.Count > 0)
            .ToList();
        var answers = new List<OracleAnswer>[parts.Count];
        Parallel.For(0, parts.Count, new ParallelOptions { MaxDegreeOfParallelism = parts.Count }, i => answers[i] = Run(parts[i]));
        return answers.SelectMany(a => a).ToList();
    }

    private List<OracleAnswer> Run(List<string> lines)
    {
        var start = new ProcessStartInfo(install.Node)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Driver);
        start.ArgumentList.Add(install.Prefix);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {install.Node} {Driver}");
        var stderr = process.StandardError.ReadToEndAsync();
        var writer = Task.Run(() =>
        {
            using var input = process.StandardInput;
            foreach (var line in lines) input.Write(line + "\n");
        });

        var answers = new List<OracleAnswer>(lines.Count);
        while (process.StandardOutput.ReadLine() is { } line) answers.Add(Parse(line));
        writer.GetAwaiter().GetResult();
        process.WaitForExit();
        if (process.ExitCode != 0 || answers.Count != lines.Count)
        {
            throw new InvalidOperationException(
                $"{Driver} exited with {process.ExitCode} after {answers.Count} of {lines.Count} answers: {stderr.GetAwaiter().GetResult()}");
        }

        return answers;
    }

    private static OracleAnswer Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.TryGetProperty("error", out var error)) return new OracleAnswer(null, error.GetString(), []);
        var ignored = root.TryGetProperty("ignoredContextKeys", out var keys) ? keys.EnumerateArray().Select(k => k.GetString()!).ToList() : [];
        return new OracleAnswer(root.GetProperty("decision").GetString(), null, ignored);
    }
}
