using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Lambda;

namespace Vigil.Aws.Collectors.Lambda;

/// <summary>One layer version: its ListLayerVersions entry, then its policy (ResourceNotFoundException: none).</summary>
internal static class LambdaLayerVersionReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, string layerName, JsonNode node, CancellationToken cancellationToken)
    {
        var version = node.Number("Version") ?? throw new InvalidDataException($"ListLayerVersions returned a version of {layerName} without Version");
        var layer = new LambdaLayerVersion
        {
            Arn = node.Text("LayerVersionArn") ?? $"arn:{target.Partition}:lambda:{target.Region}:{target.AccountId}:layer:{layerName}:{version}",
            Name = $"{layerName}:{version}",
            AccountId = target.AccountId,
            Region = target.Region,
            LayerName = layerName,
            Version = version,
            Description = node.Text("Description") is { Length: > 0 } description ? description : null,
            CompatibleRuntimes = node.Texts("CompatibleRuntimes"),
            CompatibleArchitectures = node.Texts("CompatibleArchitectures"),
            CreatedDate = node.Time("CreatedDate"),
            LicenseInfo = node.Text("LicenseInfo"),
        };
        var input = new JsonObject { ["LayerName"] = layerName, ["VersionNumber"] = version };
        var policy = await target.DetailAsync("lambda", "GetLayerVersionPolicy", input, cancellationToken).ConfigureAwait(false);
        if (policy.Failure is { ErrorCode: not "ResourceNotFoundException" } failure)
        {
            sink.Failed(failure, target.AccountId, ResourceTypes.LambdaLayerVersion, layer.Arn, nameof(LambdaLayerVersion.Policy));
            sink.Add(layer with { Unreadable = [nameof(LambdaLayerVersion.Policy)] });
            return;
        }

        sink.Add(layer with { Policy = policy.Output.Text("Policy") });
    }
}
