using Vigil.Core.Checks;
using Vigil.Core.Model;
using Vigil.Demo.Parts;

namespace Vigil.Demo;

/// <summary>The embedded demo estate: Acme Analytics, two accounts in three regions, mostly well configured,
/// with the deliberate weaknesses of <see cref="Weaknesses"/> (listed in docs/demo.md). Deterministic.</summary>
public static class DemoEstate
{
    private static readonly Lazy<(Snapshot Snapshot, IReadOnlyList<DemoWeakness> Weaknesses)> Built = new(Create);

    public static Snapshot Build() => Built.Value.Snapshot;

    public static IReadOnlyList<DemoWeakness> Weaknesses => Built.Value.Weaknesses;

    /// <summary>Acme's check settings, which the demo is judged with: its data may live in its three home regions and
    /// their disaster-recovery partners, every data store says its classification in a data-classification tag, and
    /// every backup plan copies to another region.</summary>
    public static CheckSettings Settings { get; } = CheckSettings.Default with
    {
        AllowedRegions = [.. DemoAccounts.Regions.SelectMany(r => new[] { r, DataGovernancePart.DrRegion(r) })],
        DataClassificationTagKeys = ["data-classification"],
        BackupCopyRequired = [BackupCopyKinds.CrossRegion],
    };

    private static (Snapshot, IReadOnlyList<DemoWeakness>) Create()
    {
        var demo = new DemoEstateBuilder();
        new AccountsPart().Build(demo);
        var parts = typeof(DemoEstate).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IDemoPart).IsAssignableFrom(t) && t != typeof(AccountsPart))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (IDemoPart)Activator.CreateInstance(t)!);
        foreach (var part in parts) part.Build(demo);
        return (demo.Snapshot.Build(), demo.Weaknesses.ToList());
    }
}
