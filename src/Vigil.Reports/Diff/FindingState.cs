using Vigil.Core.Checks;
using Vigil.Core.Findings;

namespace Vigil.Reports.Diff;

/// <summary>What a diff keeps of one finding of a scan result: enough to match, compare and name it.</summary>
public sealed record FindingState(string CheckId, string ResourceArn, FindingStatus Status, Severity Severity);
