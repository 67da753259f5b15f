using Vigil.Core.Checks;

namespace Vigil.Core.Responsibilities;

/// <summary>One duty of one service with its owner and its status in the estate.</summary>
public sealed record DutyResult
{
    public required string Id { get; init; }
    public required Responsibility Owner { get; init; }
    /// <summary>What the duty is; for a shared control, the customer's part.</summary>
    public required string Text { get; init; }
    /// <summary>For a shared control: its name and AWS's part.</summary>
    public string? Title { get; init; }
    public string? AwsPart { get; init; }
    public required DutyStatus Status { get; init; }
    public IReadOnlyList<CheckTally> Checks { get; init; } = [];
    public string? Manual { get; init; }
    public string? AwsDefault { get; init; }

    public int Pass => Checks.Sum(c => c.Pass);
    public int Fail => Checks.Sum(c => c.Fail);
    public int Error => Checks.Sum(c => c.Error);
    public int ManualFindings => Checks.Sum(c => c.Manual);

    /// <summary>fail if any finding failed; else error if any errored; else pass if any passed; else manual if a
    /// check asked for attestation; else not-applicable (nothing to judge).</summary>
    public static DutyStatus StatusOf(IReadOnlyList<CheckTally> tallies) =>
        tallies.Any(t => t.Fail > 0) ? DutyStatus.Fail
        : tallies.Any(t => t.Error > 0) ? DutyStatus.Error
        : tallies.Any(t => t.Pass > 0) ? DutyStatus.Pass
        : tallies.Any(t => t.Manual > 0) ? DutyStatus.Manual
        : DutyStatus.NotApplicable;
}
