using Vigil.Checks;
using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Model;

namespace Vigil.Demo.Tests;

/// <summary>The whole catalog evaluated once over the demo estate, shared by the tests.</summary>
internal static class DemoScan
{
    private static readonly Lazy<IReadOnlyList<Finding>> Lazy = new(() =>
    {
        var snapshot = Snapshot;
        var context = new CheckContext(snapshot, snapshot.CollectedAt!.Value, DemoEstate.Settings);
        return ScanEngine.Evaluate(snapshot, BuiltInChecks.Catalog.Checks, context, CancellationToken.None);
    });

    public static Snapshot Snapshot => DemoEstate.Build();

    public static IReadOnlyList<Finding> Findings => Lazy.Value;
}
