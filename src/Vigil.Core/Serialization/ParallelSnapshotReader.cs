using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Vigil.Core.Model;

namespace Vigil.Core.Serialization;

/// <summary>Reads a snapshot document on every core while it is still arriving: one pass follows the bytes
/// as they are decompressed and hands out ranges of resource-array elements, which the other cores deserialize
/// at once. Throws <see cref="JsonException"/> (or an aggregate of it) on malformed input; the caller re-reads
/// sequentially for an exact position.</summary>
internal sealed class ParallelSnapshotReader
{
    private const int RangeSize = 2048;
    private const int RefillBytes = 1 << 18;

    private static readonly Dictionary<string, JsonPropertyInfo> Properties = VigilJsonContext.Default.Snapshot.Properties
        .Where(p => p.AttributeProvider is PropertyInfo { CanWrite: true })
        .ToDictionary(p => p.Name, StringComparer.Ordinal);

    private readonly ContentBuffer _content;
    private readonly CancellationToken _cancellationToken;
    private int _offset;
    private int _end;

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
            _end = _content.WaitFor(RefillBytes, _cancellationToken);
            var reader = new Utf8JsonReader(_content.Bytes.AsSpan(0, _end), _end == _content.Size,
                new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }));
            if (!Next(ref reader) || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("The document is not a JSON object.");
            while (Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                if (!Next(ref reader)) throw new JsonException($"The document ends inside '{name}'.");
                Properties.TryGetValue(name, out var property);
                if (property is not null && ResourceElementType(property.PropertyType) is { } elementType && reader.TokenType == JsonTokenType.StartArray)
                {
                    var list = ResourceListReader.For(property, elementType, options);
                    lists.Add(list);
                    ReadElements(ref reader, list, queue);
                    continue;
                }
                var start = _offset + (int)reader.TokenStartIndex;
                SkipValue(ref reader);
                if (property is not null) values.Add((property, start, _offset + (int)reader.BytesConsumed));
            }
            if (reader.TokenType != JsonTokenType.EndObject) throw new JsonException("The document's top-level object is not closed.");
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

    private void ReadElements(ref Utf8JsonReader reader, ResourceListReader list, BlockingCollection<ElementRange> queue)
    {
        var pending = new List<(int Start, int Length)>(RangeSize);
        while (Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = _offset + (int)reader.TokenStartIndex;
            SkipValue(ref reader);
            pending.Add((start, _offset + (int)reader.BytesConsumed - start));
            if (pending.Count == RangeSize)
            {
                queue.Add(list.NextRange(pending.ToArray()), _cancellationToken);
                pending.Clear();
            }
        }
        if (reader.TokenType != JsonTokenType.EndArray) throw new JsonException($"The array '{list.Property.Name}' is not closed.");
        if (pending.Count > 0) queue.Add(list.NextRange(pending.ToArray()), _cancellationToken);
    }

    private void ParseRanges(BlockingCollection<ElementRange> queue)
    {
        foreach (var range in queue.GetConsumingEnumerable(_cancellationToken)) range.List.Parse(_content.Bytes, range);
    }

    /// <summary>Moves past the value whose first token the reader is on (objects and arrays to their end).</summary>
    private void SkipValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        var depth = reader.CurrentDepth;
        while (Next(ref reader))
        {
            if (reader.CurrentDepth == depth && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray) return;
        }
        throw new JsonException("The document ends inside a value.");
    }

    /// <summary>The next token, waiting for more of the document when the bytes so far end inside it.</summary>
    private bool Next(ref Utf8JsonReader reader)
    {
        while (!reader.Read())
        {
            if (reader.IsFinalBlock) return false;
            _offset += (int)reader.BytesConsumed;
            _end = _content.WaitFor(_end + RefillBytes, _cancellationToken);
            reader = new Utf8JsonReader(_content.Bytes.AsSpan(_offset, _end - _offset), _end == _content.Size, reader.CurrentState);
        }
        return true;
    }

    /// <summary>Source-generated metadata cannot set init-only properties, so the few top-level ones are set by reflection.</summary>
    private static void Set(Snapshot snapshot, JsonPropertyInfo property, object? value) =>
        ((PropertyInfo)property.AttributeProvider!).SetValue(snapshot, value);

    private static Type? ResourceElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && typeof(Resource).IsAssignableFrom(type.GetGenericArguments()[0])
            ? type.GetGenericArguments()[0]
            : null;
}
