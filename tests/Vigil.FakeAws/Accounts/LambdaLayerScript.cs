using System.Text.Json.Nodes;
using Vigil.Core.Model.Lambda;
using Vigil.ScriptedAws.Script;
using Vigil.ScriptedAws.Wire;

namespace Vigil.ScriptedAws.Accounts;

/// <summary>Lambda layers per region: ListLayers (each layer with its latest version), ListLayerVersions per layer
/// (newest first, as Lambda lists them) and GetLayerVersionPolicy per version (ResourceNotFoundException without one).</summary>
internal static class LambdaLayerScript
{
    public static void Add(AccountScope scope, ScriptedAccount script)
    {
        foreach (var region in scope.Regions)
        {
            var layers = scope.In<LambdaLayerVersion>(region).GroupBy(l => l.LayerName, StringComparer.Ordinal)
                .Select(g => g.OrderByDescending(l => l.Version).ToList()).ToList();
            script.Answer("lambda", "ListLayers", new JsonObject { ["Layers"] = Trees.Array(layers.Select(Layer)) }, region);
            foreach (var versions in layers)
            {
                var name = versions[0].LayerName;
                script.Answer("lambda", "ListLayerVersions", new JsonObject { ["LayerVersions"] = Trees.Array(versions.Select(Version)) }, region,
                    new JsonObject { ["LayerName"] = name });
                foreach (var version in versions)
                {
                    var when = new JsonObject { ["LayerName"] = name, ["VersionNumber"] = version.Version };
                    if (version.Policy is { } policy)
                        script.Answer("lambda", "GetLayerVersionPolicy", new JsonObject { ["Policy"] = policy, ["RevisionId"] = "1" }, region, when);
                    else
                        script.Fail("lambda", "GetLayerVersionPolicy", new FakeError("ResourceNotFoundException", "No policy is associated with the given resource.", 404), region, when);
                }
            }
        }
    }

    private static JsonObject Layer(IReadOnlyList<LambdaLayerVersion> versions) => Trees.Object(
        ("LayerName", versions[0].LayerName), ("LayerArn", versions[0].Arn[..versions[0].Arn.LastIndexOf(':')]), ("LatestMatchingVersion", Version(versions[0])));

    private static JsonObject Version(LambdaLayerVersion version) => Trees.Object(
        ("LayerVersionArn", version.Arn), ("Version", version.Version), ("Description", version.Description), ("CreatedDate", Trees.Iso(version.CreatedDate)),
        ("CompatibleRuntimes", Trees.Strings(version.CompatibleRuntimes)), ("LicenseInfo", version.LicenseInfo),
        ("CompatibleArchitectures", Trees.Strings(version.CompatibleArchitectures)));
}
