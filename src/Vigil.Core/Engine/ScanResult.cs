using Vigil.Core.Compliance;
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
    /// <summary>The ids of the checks that were selected and evaluated.</summary>
    public IReadOnlyList<string> CheckIds { get; init; } = [];
    public int CheckCount => CheckIds.Count;
    /// <summary>Per-requirement verdicts of the frameworks asked for with --framework (empty otherwise).</summary>
    public IReadOnlyList<FrameworkResult> Frameworks { get; init; } = [];
    public int ResourceCount { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
