using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;

namespace Vigil.Aws.Collectors.Lambda;

/// <summary>Lambda layer versions in one region: the layers (ListLayers), every version of each (ListLayerVersions), and
/// each version's resource policy (GetLayerVersionPolicy). A layer whose versions cannot be listed is a listing failure
/// of the type: its versions are missing from the snapshot.</summary>
internal sealed class LambdaLayerCollector : IResourceCollector
{
    public string Service => "lambda";
    public bool Regional => true;

    public IReadOnlyList<string> Actions { get; } = ["lambda:GetLayerVersionPolicy", "lambda:ListLayerVersions", "lambda:ListLayers"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var layers = await target.ListAsync(sink, "lambda", "ListLayers", null, "Layers", ResourceTypes.LambdaLayerVersion, cancellationToken).ConfigureAwait(false);
        if (layers is null) return;
        await Task.WhenAll(layers.Select(layer => ReadLayerAsync(target, sink, layer, cancellationToken))).ConfigureAwait(false);
    }

    private static async Task ReadLayerAsync(CollectionTarget target, CollectionSink sink, JsonNode layer, CancellationToken cancellationToken)
    {
        var name = layer.Text("LayerName") ?? throw new InvalidDataException("ListLayers returned a layer without LayerName");
        var input = new JsonObject { ["LayerName"] = name };
        var versions = await target.ListAsync(sink, "lambda", "ListLayerVersions", input, "LayerVersions", ResourceTypes.LambdaLayerVersion, cancellationToken)
            .ConfigureAwait(false);
        if (versions is null) return;
        await Task.WhenAll(versions.Select(v => LambdaLayerVersionReader.ReadAsync(target, sink, name, v, cancellationToken))).ConfigureAwait(false);
    }
}
