using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Vigil.Core.Model;

namespace Vigil.Core.Serialization;

/// <summary>The contract the parallel reader reads resources with: the generated one, except that every list inside a
/// resource becomes an array of exactly its length (an empty one shared) rather than a List&lt;T&gt;. A large snapshot
/// holds millions of short lists; each List would add an object and spare capacity. Its converters do not track JSON
/// paths, so malformed input is re-read with the generated contract, which names the exact path.</summary>
internal static class SnapshotJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(VigilJsonContext.Default.Options);
        options.TypeInfoResolver = VigilJsonContext.Default.WithAddedModifier(info => CompactLists(info, options));
        return options;
    }

    private static void CompactLists(JsonTypeInfo info, JsonSerializerOptions options)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type == typeof(Snapshot)) return;
        foreach (var property in info.Properties)
        {
            var type = property.PropertyType;
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IReadOnlyList<>) || property.CustomConverter is not null) continue;
            property.CustomConverter = (JsonConverter)Activator.CreateInstance(typeof(CompactListConverter<>).MakeGenericType(type.GetGenericArguments()[0]), options)!;
        }
    }
}
