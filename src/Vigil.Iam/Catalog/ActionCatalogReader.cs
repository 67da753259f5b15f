using System.IO.Compression;
using System.Text.Json;

namespace Vigil.Iam.Catalog;

/// <summary>Reads the compact catalog written by tools/iam-catalog/generate.mjs (format: docs/iam-catalog.md).</summary>
internal static class ActionCatalogReader
{
    private const int LevelCount = (int)AccessLevel.Tagging + 1;
    private const int TypeCount = (int)ConditionKeyType.ArrayOfBinary + 1;

    public static ActionCatalog ReadGzip(Stream gzip)
    {
        using var unzip = new GZipStream(gzip, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        unzip.CopyTo(buffer);
        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public static ActionCatalog Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        Expect(ref reader, JsonTokenType.StartObject);
        string package = "", version = "", updatedAt = "";
        IamService[]? services = null;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            switch (name)
            {
                case "p": package = ReadString(ref reader); break;
                case "v": version = ReadString(ref reader); break;
                case "u": updatedAt = ReadString(ref reader); break;
                case "s": services = ReadServices(ref reader); break;
                default: reader.Read(); reader.Skip(); break;
            }
        }
        if (services is null) throw Invalid(ref reader, "no services");
        return new ActionCatalog(package, version, updatedAt, services);
    }

    private static IamService[] ReadServices(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var services = new List<IamService>(512);
        while (Next(ref reader) == JsonTokenType.StartArray)
        {
            var prefix = ReadString(ref reader);
            var name = ReadString(ref reader);
            var rcp = ReadInt(ref reader) != 0;
            var keys = ReadConditionKeys(ref reader);
            var resourceTypes = ReadResourceTypes(ref reader, prefix, keys);
            var actions = ReadActions(ref reader, prefix, keys, resourceTypes);
            Expect(ref reader, JsonTokenType.EndArray);
            services.Add(new IamService(prefix, name, rcp, actions, resourceTypes, keys));
        }
        return services.ToArray();
    }

    private static ConditionKey[] ReadConditionKeys(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var keys = new List<ConditionKey>();
        while (Next(ref reader) == JsonTokenType.StartArray)
        {
            var name = ReadString(ref reader);
            var type = ReadInt(ref reader);
            if ((uint)type >= TypeCount) throw Invalid(ref reader, $"condition key type {type}");
            Expect(ref reader, JsonTokenType.EndArray);
            keys.Add(new ConditionKey(name, (ConditionKeyType)type));
        }
        return keys.ToArray();
    }

    private static ResourceType[] ReadResourceTypes(ref Utf8JsonReader reader, string prefix, ConditionKey[] keys)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var types = new List<ResourceType>();
        while (Next(ref reader) == JsonTokenType.StartArray)
        {
            var name = ReadString(ref reader);
            var arn = ReadString(ref reader);
            var typeKeys = ReadRefs(ref reader, keys);
            Expect(ref reader, JsonTokenType.EndArray);
            types.Add(new ResourceType(prefix, name, arn, typeKeys));
        }
        return types.ToArray();
    }

    private static IamAction[] ReadActions(ref Utf8JsonReader reader, string prefix, ConditionKey[] keys, ResourceType[] resourceTypes)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var actions = new List<IamAction>();
        var targets = new List<ActionResourceType>();
        while (Next(ref reader) == JsonTokenType.StartArray)
        {
            var name = ReadString(ref reader);
            var level = ReadInt(ref reader);
            if ((uint)level >= LevelCount) throw Invalid(ref reader, $"access level {level}");
            Expect(ref reader, JsonTokenType.StartArray);
            targets.Clear();
            while (Next(ref reader) == JsonTokenType.StartArray)
            {
                var type = ReadInt(ref reader);
                if ((uint)type >= (uint)resourceTypes.Length) throw Invalid(ref reader, $"resource type {type}");
                var required = ReadInt(ref reader) != 0;
                var pairKeys = ReadRefs(ref reader, keys);
                Expect(ref reader, JsonTokenType.EndArray);
                targets.Add(new ActionResourceType(resourceTypes[type], required, pairKeys));
            }
            var actionKeys = ReadRefs(ref reader, keys);
            Expect(ref reader, JsonTokenType.EndArray);
            actions.Add(new IamAction(prefix, name, (AccessLevel)level, targets.Count == 0 ? [] : targets.ToArray(), actionKeys));
        }
        return actions.ToArray();
    }

    private static ConditionKey[] ReadRefs(ref Utf8JsonReader reader, ConditionKey[] keys)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        if (Next(ref reader) == JsonTokenType.EndArray) return [];
        var refs = new List<ConditionKey>(4);
        do
        {
            if (reader.TokenType != JsonTokenType.Number) throw Invalid(ref reader, "a condition key index");
            var index = reader.GetInt32();
            if ((uint)index >= (uint)keys.Length) throw Invalid(ref reader, $"condition key {index}");
            refs.Add(keys[index]);
        }
        while (Next(ref reader) != JsonTokenType.EndArray);
        return refs.ToArray();
    }

    private static string ReadString(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }

    private static int ReadInt(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number);
        return reader.GetInt32();
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw Invalid(ref reader, "more data");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (Next(ref reader) != type) throw Invalid(ref reader, type.ToString());
    }

    private static InvalidDataException Invalid(ref Utf8JsonReader reader, string expected) =>
        new($"IAM action catalog: expected {expected} at byte {reader.TokenStartIndex}.");
}
