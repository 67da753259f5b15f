using Vigil.Core.Findings;

namespace Vigil.Core.Engine;

public sealed record ScanResult
{
    public required DateTimeOffset ScannedAt { get; init; }
    /// <summary>The moment the state was judged at (the snapshot's collection time, else the scan time).</summary>
    public required DateTimeOffset EvaluatedAt { get; init; }
    public required string ToolVersion { get; init; }
    public required IReadOnlyList<InputSource> Inputs { get; init; }
    public required IReadOnlyList<AccountSummary> Accounts { get; init; }
    public required IReadOnlyList<Finding> Findings { get; init; }
    public int CheckCount { get; init; }
    public int ResourceCount { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
