using Vigil.Cli.Commands;
using Vigil.Core;
using Vigil.Demo;
using Vigil.Core.Engine;
using Vigil.Core.Model;
using Vigil.Core.Serialization;
using Vigil.Importers;

namespace Vigil.Cli.Inputs;

/// <summary>Turns the input options into one snapshot and the list of sources it came from.</summary>
internal static class InputLoader
{
    public static async Task<(Snapshot Snapshot, IReadOnlyList<InputSource> Sources)> LoadAsync(InputRequest request, ScanProgress progress, TextWriter diagnostics, CancellationToken cancellationToken)
    {
        if (request.Demo && request.Paths.Count > 0)
            throw new VigilInputException("--demo and input files cannot be combined; give one or the other.");
        if (request.Demo)
            return (DemoEstate.Build(), [new InputSource("demo", "embedded demo estate")]);
        if (request.IsLive)
            return (await LiveInput.CollectAsync(request, progress, diagnostics, cancellationToken), [new InputSource("live", "AWS API")]);

        var snapshots = new List<Snapshot>();
        var sources = new List<InputSource>();
        foreach (var path in request.Paths)
        {
            var kind = request.InputKind ?? InputKindDetector.Detect(path);
            if (kind == InputKinds.Snapshot)
            {
                snapshots.Add(await SnapshotFile.LoadAsync(path, cancellationToken));
            }
            else
            {
                var importer = InputImporters.For(kind)
                    ?? throw new VigilInputException($"{path}: {kind} inputs are not supported by this build of Vigil yet.");
                snapshots.Add(await importer.ImportAsync(path, new ImportOptions { Parameters = request.Parameters }, cancellationToken));
            }
            sources.Add(new InputSource(kind, path));
        }
        return (SnapshotMerge.Merge(snapshots), sources);
    }
}
