using Vigil.Core.Engine;
using Vigil.Core.Responsibilities;

namespace Vigil.Reports.Responsibilities;

/// <summary>What the responsibility writers render: the scan behind the matrix (inputs, accounts, times) and the matrix.</summary>
public sealed record ResponsibilityReport(ScanResult Result, ResponsibilityMatrix Matrix, ReportStyle Style)
{
    /// <summary>Duties of every listed service by status.</summary>
    public IReadOnlyDictionary<DutyStatus, int> DutyCounts { get; } = CountByStatus(Matrix.Services.SelectMany(s => s.Duties));

    public static IReadOnlyDictionary<DutyStatus, int> CountByStatus(IEnumerable<DutyResult> duties)
    {
        var counts = Enum.GetValues<DutyStatus>().ToDictionary(s => s, _ => 0);
        foreach (var duty in duties) counts[duty.Status]++;
        return counts;
    }
}
