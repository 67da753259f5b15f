using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Vigil.Core.Model;

namespace Vigil.Core.Serialization;

/// <summary>The contract the parallel reader reads resources with. It is built by reflection rather than taken from the
/// generated context: the generator sets init-only and required properties through its parameterised-constructor path
/// (every value boxed into an argument array, dotnet/runtime#97612), which made loading a million resources about 10%
/// slower in CPU and 200 MB heavier in allocation. Every list inside a resource becomes an array of exactly its length
/// (an empty one shared) rather than a List&lt;T&gt;: a large snapshot holds millions of short lists. Its converters do not
/// track JSON paths, so malformed input is re-read with the generated contract, which names the exact path.</summary>
internal static class SnapshotJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(VigilJsonContext.Default.Options);
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver().WithAddedModifier(info =>
        {
            CompactLists(info, options);
            RequiredAsPresent(info);
        });
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

    /// <summary>Required properties are tracked in a bit array per object read (two allocations for each of a million
    /// resources). Where every required property of a type is a reference, a check after reading that none is null finds a
    /// missing one without them; the sequential re-read then reports it with its path (and accepts an explicit null, as
    /// before).</summary>
    private static void RequiredAsPresent(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        var required = info.Properties.Where(p => p.IsRequired).ToArray();
        if (required.Length == 0 || required.Any(p => p.PropertyType.IsValueType || p.Get is null)) return;
        foreach (var property in required) property.IsRequired = false;
        var getters = required.Select(p => (p.Name, Get: p.Get!)).ToArray();
        var type = info.Type.Name;
        var then = info.OnDeserialized;
        info.OnDeserialized = value =>
        {
            then?.Invoke(value);
            foreach (var (name, get) in getters)
            {
                if (get(value) is null) throw new JsonException($"{type} has no '{name}'.");
            }
        };
    }
}
