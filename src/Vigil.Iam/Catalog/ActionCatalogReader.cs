using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace Vigil.Iam.Catalog;

/// <summary>Reads the compact catalog written by tools/iam-catalog/generate.mjs (format: docs/iam-catalog.md).</summary>
internal static class ActionCatalogReader
{
    private const int LevelCount = (int)AccessLevel.Tagging + 1;
    private const int TypeCount = (int)ConditionKeyType.ArrayOfBinary + 1;

    public static ActionCatalog ReadGzip(Stream gzip)
    {
        using var unzip = new GZipStream(gzip, CompressionMode.Decompress, leaveOpen: true);
        using var buffer = new MemoryStream(UncompressedLength(gzip));
        unzip.CopyTo(buffer);
        return Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    public static ActionCatalog Read(ReadOnlyMemory<byte> json)
    {
        var reader = new CompactJsonReader(json.Span);
        reader.Expect((byte)'{');
        string package = "", version = "", updatedAt = "";
        IamService[]? services = null;
        while (reader.HasNext((byte)'}'))
        {
            var name = reader.ReadString();
            reader.Expect((byte)':');
            switch (name)
            {
                case "p": package = reader.ReadString(); break;
                case "v": version = reader.ReadString(); break;
                case "u": updatedAt = reader.ReadString(); break;
                case "s": services = ReadServices(ref reader, json); break;
                default: reader.SkipValue(); break;
            }
        }
        if (services is null) throw reader.Invalid("services");
        return new ActionCatalog(package, version, updatedAt, services);
    }

    private static int UncompressedLength(Stream gzip)
    {
        if (!gzip.CanSeek || gzip.Length < 18) return 0;
        var start = gzip.Position;
        Span<byte> trailer = stackalloc byte[4];
        gzip.Position = gzip.Length - 4;
        gzip.ReadExactly(trailer);
        gzip.Position = start;
        var length = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        return length < 64 * 1024 * 1024 ? (int)length : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ServiceContents ReadContents(string prefix, int actionCount, ReadOnlySpan<byte> contents)
    {
        var reader = new CompactJsonReader(contents);
        var scratch = new List<ConditionKey>();
        var keys = ReadConditionKeys(ref reader);
        var resourceTypes = ReadResourceTypes(ref reader, prefix, keys, scratch);
        var actions = ReadActions(ref reader, prefix, keys, resourceTypes, scratch);
        reader.ExpectEnd();
        if (actions.Length != actionCount) throw new InvalidDataException($"IAM action catalog: {prefix} has {actions.Length} actions, not {actionCount}.");
        return new ServiceContents(actions, resourceTypes, keys);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static IamService[] ReadServices(ref CompactJsonReader reader, ReadOnlyMemory<byte> json)
    {
        reader.Expect((byte)'[');
        var services = new List<IamService>(512);
        while (reader.HasNext((byte)']'))
        {
            reader.Expect((byte)'[');
            var prefix = reader.ReadString();
            var name = reader.ReadString();
            var rcp = reader.ReadInt32() != 0;
            var actionCount = reader.ReadInt32();
            var start = reader.Position;
            reader.SkipValue();
            reader.SkipValue();
            reader.SkipValue();
            var contents = json[start..reader.Position];
            reader.End((byte)']');
            services.Add(new IamService(prefix, name, rcp, actionCount, contents));
        }
        return services.ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ConditionKey[] ReadConditionKeys(ref CompactJsonReader reader)
    {
        reader.Expect((byte)'[');
        var keys = new List<ConditionKey>();
        while (reader.HasNext((byte)']'))
        {
            reader.Expect((byte)'[');
            var name = reader.ReadString();
            var type = reader.ReadInt32();
            if ((uint)type >= TypeCount) throw reader.Invalid("a condition key type");
            reader.End((byte)']');
            keys.Add(new ConditionKey(name, (ConditionKeyType)type));
        }
        return keys.ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ResourceType[] ReadResourceTypes(ref CompactJsonReader reader, string prefix, ConditionKey[] keys, List<ConditionKey> scratch)
    {
        reader.Expect((byte)'[');
        var types = new List<ResourceType>();
        while (reader.HasNext((byte)']'))
        {
            reader.Expect((byte)'[');
            var name = reader.ReadString();
            var arn = reader.ReadString();
            var typeKeys = ReadRefs(ref reader, keys, scratch);
            reader.End((byte)']');
            types.Add(new ResourceType(prefix, name, arn, typeKeys));
        }
        return types.ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static IamAction[] ReadActions(ref CompactJsonReader reader, string prefix, ConditionKey[] keys, ResourceType[] resourceTypes,
        List<ConditionKey> scratch)
    {
        reader.Expect((byte)'[');
        var actions = new List<IamAction>();
        var targets = new List<ActionResourceType>();
        while (reader.HasNext((byte)']'))
        {
            reader.Expect((byte)'[');
            var name = reader.ReadString();
            var level = reader.ReadInt32();
            if ((uint)level >= LevelCount) throw reader.Invalid("an access level");
            reader.Expect((byte)'[');
            targets.Clear();
            while (reader.HasNext((byte)']'))
            {
                reader.Expect((byte)'[');
                var type = reader.ReadInt32();
                if ((uint)type >= (uint)resourceTypes.Length) throw reader.Invalid("a resource type index");
                var required = reader.ReadInt32() != 0;
                var pairKeys = ReadRefs(ref reader, keys, scratch);
                reader.End((byte)']');
                targets.Add(new ActionResourceType(resourceTypes[type], required, pairKeys));
            }
            var actionKeys = ReadRefs(ref reader, keys, scratch);
            reader.End((byte)']');
            actions.Add(new IamAction(prefix, name, (AccessLevel)level, targets.Count == 0 ? [] : targets.ToArray(), actionKeys));
        }
        return actions.ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ConditionKey[] ReadRefs(ref CompactJsonReader reader, ConditionKey[] keys, List<ConditionKey> scratch)
    {
        reader.Expect((byte)'[');
        if (!reader.HasNext((byte)']')) return [];
        scratch.Clear();
        do
        {
            var index = reader.ReadInt32();
            if ((uint)index >= (uint)keys.Length) throw reader.Invalid("a condition key index");
            scratch.Add(keys[index]);
        }
        while (reader.HasNext((byte)']'));
        return scratch.ToArray();
    }
}
