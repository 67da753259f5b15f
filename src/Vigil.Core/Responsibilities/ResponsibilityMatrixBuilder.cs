using Vigil.Core.Checks;
using Vigil.Core.Findings;
using Vigil.Core.Model;

namespace Vigil.Core.Responsibilities;

/// <summary>Builds the matrix of an estate from the catalog, the snapshot and the findings of a scan.</summary>
public static class ResponsibilityMatrixBuilder
{
    public static ResponsibilityMatrix Build(ResponsibilityCatalog catalog, Snapshot snapshot, IReadOnlyList<Finding> findings)
    {
        var tallies = Tally(findings);
        CheckTally TallyOf(string checkId) => tallies.GetValueOrDefault(checkId) ?? CheckTally.None(checkId);

        var services = ServiceDetector.Detect(catalog, snapshot).Select(present =>
        {
            var service = present.Service;
            var duties = new List<DutyResult>();
            foreach (var duty in service.CustomerDuties)
            {
                var checks = duty.Checks.Select(TallyOf).ToList();
                duties.Add(new DutyResult
                {
                    Id = duty.Id,
                    Owner = Responsibility.Customer,
                    Text = duty.Text,
                    Status = duty.Manual is null ? DutyResult.StatusOf(checks) : DutyStatus.Manual,
                    Checks = checks,
                    Manual = duty.Manual,
                    AwsDefault = duty.AwsDefault,
                });
            }
            foreach (var control in service.SharedControls)
            {
                var checks = control.Checks.Select(TallyOf).ToList();
                duties.Add(new DutyResult
                {
                    Id = control.Id,
                    Owner = Responsibility.Shared,
                    Title = SharedControlIds.Title(control.Id),
                    Text = control.Customer,
                    AwsPart = control.Aws,
                    Status = control.Manual is null ? DutyResult.StatusOf(checks) : DutyStatus.Manual,
                    Checks = checks,
                    Manual = control.Manual,
                });
            }
            foreach (var duty in service.AwsDuties)
            {
                duties.Add(new DutyResult
                {
                    Id = duty.Id,
                    Owner = Responsibility.Aws,
                    Text = duty.Text,
                    Status = DutyStatus.Manual,
                    Manual = "Review AWS's reports for the service: " + string.Join(", ", service.Evidence.Select(e => catalog.EvidenceReport(e).Name)) + ".",
                });
            }
            return new ServiceResult
            {
                Service = service,
                Resources = present.Resources,
                Settings = present.Settings,
                CollectionErrors = present.Errors,
                Duties = duties,
            };
        }).ToList();
        return new ResponsibilityMatrix { Services = services, Catalog = catalog };
    }

    private static Dictionary<string, CheckTally> Tally(IReadOnlyList<Finding> findings)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            if (!counts.TryGetValue(finding.Metadata.Id, out var c)) counts[finding.Metadata.Id] = c = new int[4];
            switch (finding.EffectiveStatus)
            {
                case FindingStatus.Pass: c[0]++; break;
                case FindingStatus.Fail: c[1]++; break;
                case FindingStatus.Error: c[2]++; break;
                case FindingStatus.Manual: c[3]++; break;
            }
        }
        return counts.ToDictionary(kv => kv.Key, kv => new CheckTally(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3]), StringComparer.Ordinal);
    }
}
