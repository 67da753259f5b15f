using Vigil.Checks;
using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Model;

namespace Vigil.Aws.Tests.Collectors.Iam;

/// <summary>Runs one built-in check over a collected snapshot.</summary>
internal static class CheckRun
{
    public static IReadOnlyList<Finding> Evaluate(Snapshot snapshot, string checkId)
    {
        var check = BuiltInChecks.Catalog.Find(checkId) ?? throw new ArgumentException($"no check {checkId}", nameof(checkId));
        var context = new CheckContext(snapshot, snapshot.CollectedAt ?? DateTimeOffset.UnixEpoch, CheckSettings.Default);
        return ScanEngine.Evaluate(snapshot, [check], context, CancellationToken.None);
    }

    public static string Describe(IEnumerable<Finding> findings) =>
        string.Join("; ", findings.Select(f => $"{f.Status} {f.ResourceRef.Arn}: {f.Message}"));
}
