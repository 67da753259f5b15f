using Vigil.Checks;
using Vigil.Core.Findings;

namespace Vigil.Demo.Tests;

public sealed class DemoEstateTests
{
    [Fact]
    public void Demo_FailsExactlyTheDeclaredWeaknesses()
    {
        var failed = DemoScan.Findings.Where(f => f.Status == FindingStatus.Fail)
            .Select(f => (f.Metadata.Id, f.ResourceRef.Arn)).ToHashSet();
        var declared = DemoEstate.Weaknesses.Select(w => (w.CheckId, w.ResourceArn)).ToHashSet();

        var unexpected = failed.Except(declared).Order().Select(f => $"  {f.Item1} on {f.Item2}: {Message(f)}").ToList();
        var missing = declared.Except(failed).Order().Select(f => $"  {f.Item1} on {f.Item2}: {Message(f)}").ToList();
        Assert.True(unexpected.Count == 0 && missing.Count == 0,
            $"Failures not declared as demo weaknesses ({unexpected.Count}):\n{string.Join('\n', unexpected)}\n" +
            $"Declared weaknesses that did not fail ({missing.Count}):\n{string.Join('\n', missing)}");
    }

    [Fact]
    public void Weaknesses_AreDeclaredOnceEach()
    {
        var duplicates = DemoEstate.Weaknesses.GroupBy(w => (w.CheckId, w.ResourceArn)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "Declared twice: " + string.Join(", ", duplicates));
    }

    [Fact]
    public void EveryCheck_FailsAndPassesSomewhereInTheDemo()
    {
        var byCheck = DemoScan.Findings.GroupBy(f => f.Metadata.Id).ToDictionary(g => g.Key, g => g.Select(f => f.Status).ToHashSet());
        var incomplete = BuiltInChecks.Catalog.Checks.Select(c => c.Metadata.Id)
            .Where(id => !byCheck.TryGetValue(id, out var statuses) || !statuses.Contains(FindingStatus.Pass) || !statuses.Contains(FindingStatus.Fail))
            .Select(id => $"{id} ({(byCheck.TryGetValue(id, out var s) ? string.Join("/", s.Select(x => Vocabulary.Text(x))) : "no findings")})")
            .ToList();
        Assert.True(incomplete.Count == 0, "Checks that do not both pass and fail in the demo: " + string.Join(", ", incomplete));
    }

    [Fact]
    public void Demo_IsAPlausibleMidSizeEstate()
    {
        var snapshot = DemoScan.Snapshot;
        Assert.Equal(2, snapshot.Accounts.Count);
        Assert.Equal(3, snapshot.Regions.Count);
        var resources = snapshot.AllResources().Count();
        Assert.True(resources >= 400, $"only {resources} resources");
        var passes = DemoScan.Findings.Count(f => f.Status == FindingStatus.Pass);
        var fails = DemoScan.Findings.Count(f => f.Status == FindingStatus.Fail);
        Assert.True(passes > 3 * fails, $"mostly well configured: {passes} passes, {fails} failures");
    }

    [Fact]
    public void Demo_ReportsWhatCouldNotBeCollectedAsErrors()
    {
        Assert.NotEmpty(DemoScan.Snapshot.Errors);
        Assert.True(DemoScan.Findings.Any(f => f.Status == FindingStatus.Error && f.Message.Contains("AccessDeniedException", StringComparison.Ordinal)),
            "no error finding explains the demo's denied API call");
    }

    private static string Message((string CheckId, string Arn) key) =>
        DemoScan.Findings.FirstOrDefault(f => f.Metadata.Id == key.CheckId && f.ResourceRef.Arn == key.Arn) is { } f
            ? $"{Vocabulary.Text(f.Status)}: {f.Message}"
            : "no finding for this check and resource";
}
