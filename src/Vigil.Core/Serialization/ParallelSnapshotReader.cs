using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Vigil.Core.Model;

namespace Vigil.Core.Serialization;

/// <summary>Reads a snapshot document on every core while it is still arriving: one pass follows the bytes
/// as they are decompressed, finding where each resource-array element ends (<see cref="JsonExtentScanner"/>), and hands
/// out ranges of elements, which the other cores deserialize at once. Throws <see cref="JsonException"/> (or an aggregate of it) on malformed input; the caller re-reads
/// sequentially for an exact position.</summary>
internal sealed class ParallelSnapshotReader
{
    private const int RangeSize = 2048;

    private static readonly Dictionary<string, JsonPropertyInfo> Properties = VigilJsonContext.Default.Snapshot.Properties
        .Where(p => p.AttributeProvider is PropertyInfo { CanWrite: true })
        .ToDictionary(p => p.Name, StringComparer.Ordinal);

    private readonly ContentBuffer _content;
    private readonly CancellationToken _cancellationToken;

    private ParallelSnapshotReader(ContentBuffer content, CancellationToken cancellationToken)
    {
        _content = content;
        _cancellationToken = cancellationToken;
    }

    public static Snapshot Read(ContentBuffer content, CancellationToken cancellationToken) =>
        new ParallelSnapshotReader(content, cancellationToken).Read();

    private Snapshot Read()
    {
        var options = SnapshotJson.Options;
        var lists = new List<ResourceListReader>();
        var values = new List<(JsonPropertyInfo Property, int Start, int End)>();
        using var queue = new BlockingCollection<ElementRange>();
        var workers = Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount - 1))
            .Select(_ => Task.Run(() => ParseRanges(queue), _cancellationToken))
            .ToArray();
        try
        {
            var scanner = new JsonExtentScanner(_content, _cancellationToken);
            scanner.Expect((byte)'{');
            var more = scanner.Peek() != '}';
            while (more)
            {
                var name = scanner.ReadString();
                scanner.Expect((byte)':');
                Properties.TryGetValue(name, out var property);
                if (property is not null && ResourceElementType(property.PropertyType) is { } elementType && scanner.Peek() == '[')
                {
                    var list = ResourceListReader.For(property, elementType, options);
                    lists.Add(list);
                    ReadElements(scanner, list, queue);
                }
                else
                {
                    var start = scanner.SkipValue();
                    if (property is not null) values.Add((property, start, scanner.Position));
                }
                more = scanner.Peek() == ',';
                if (more)
                {
                    scanner.Position++;
                    more = scanner.Peek() != '}';
                }
            }
            scanner.Expect((byte)'}');
            if (!scanner.AtEnd) throw new JsonException("The document continues after its top-level object.");
        }
        finally
        {
            queue.CompleteAdding();
        }
        ParseRanges(queue);
        Task.WaitAll(workers, _cancellationToken);
        _content.Completion.GetAwaiter().GetResult();

        var snapshot = new Snapshot();
        foreach (var (property, start, end) in values)
            Set(snapshot, property, JsonSerializer.Deserialize(_content.Bytes.AsSpan(start, end - start), options.GetTypeInfo(property.PropertyType)));
        foreach (var list in lists) Set(snapshot, list.Property, list.Result());
        return snapshot;
    }

    /// <summary>Hands out the elements of the resource array at the scanner, in ranges of <see cref="RangeSize"/>.</summary>
    private void ReadElements(JsonExtentScanner scanner, ResourceListReader list, BlockingCollection<ElementRange> queue)
    {
        var pending = new List<(int Start, int Length)>(RangeSize);
        scanner.Expect((byte)'[');
        while (scanner.Peek() != ']')
        {
            var start = scanner.SkipValue();
            pending.Add((start, scanner.Position - start));
            if (pending.Count == RangeSize)
            {
                queue.Add(list.NextRange(pending.ToArray()), _cancellationToken);
                pending.Clear();
            }
            if (scanner.Peek() != ',') break;
            scanner.Position++;
        }
        scanner.Expect((byte)']');
        if (pending.Count > 0) queue.Add(list.NextRange(pending.ToArray()), _cancellationToken);
    }

    private void ParseRanges(BlockingCollection<ElementRange> queue)
    {
        foreach (var range in queue.GetConsumingEnumerable(_cancellationToken)) range.List.Parse(_content.Bytes, range);
    }

    /// <summary>Source-generated metadata cannot set init-only properties, so the few top-level ones are set by reflection.</summary>
    private static void Set(Snapshot snapshot, JsonPropertyInfo property, object? value) =>
        ((PropertyInfo)property.AttributeProvider!).SetValue(snapshot, value);

    private static Type? ResourceElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && typeof(Resource).IsAssignableFrom(type.GetGenericArguments()[0])
            ? type.GetGenericArguments()[0]
            : null;
}
