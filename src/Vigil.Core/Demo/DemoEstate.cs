using Vigil.Core.Model;
using Vigil.Core.Serialization;

namespace Vigil.Core.Demo;

/// <summary>The embedded demo estate (data/demo/demo.json.gz, produced by bench/Vigil.Estates; see docs/demo.md).</summary>
public static class DemoEstate
{
    public const string ResourceName = "demo/demo.json.gz";

    public static async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(DemoEstate).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The demo estate {ResourceName} is not embedded in this build.");
        return await SnapshotFile.ReadAsync(stream, "demo estate", cancellationToken);
    }
}
