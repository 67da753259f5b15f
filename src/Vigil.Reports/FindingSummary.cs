using Vigil.Core.Checks;
using Vigil.Core.Findings;

namespace Vigil.Reports;

/// <summary>Counts by status, and failures by severity, as the scan result JSON's "summary".</summary>
public sealed record FindingSummary(IReadOnlyDictionary<FindingStatus, int> ByStatus, IReadOnlyDictionary<Severity, int> FailBySeverity)
{
    public static FindingSummary Of(IReadOnlyList<Finding> findings)
    {
        var byStatus = Enum.GetValues<FindingStatus>().ToDictionary(s => s, _ => 0);
        var failBySeverity = Enum.GetValues<Severity>().ToDictionary(s => s, _ => 0);
        foreach (var finding in findings)
        {
            byStatus[finding.Status]++;
            if (finding.Status == FindingStatus.Fail) failBySeverity[finding.Metadata.Severity]++;
        }
        return new FindingSummary(byStatus, failBySeverity);
    }

    public int Count(FindingStatus status) => ByStatus[status];
}
