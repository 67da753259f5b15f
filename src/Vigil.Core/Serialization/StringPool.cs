using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace Vigil.Core.Serialization;

/// <summary>Shares one string instance per distinct value of low-cardinality fields (account ids, regions, tags)
/// across a whole snapshot: a million resources then hold thousands of strings, not millions. Bounded (the count is kept
/// apart: ConcurrentDictionary.Count takes every lock).</summary>
internal sealed class StringPool(int capacity)
{
    private const int MaxPooledBytes = 128;

    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private int _count;

    public static StringPool Shared { get; } = new(100_000);

    /// <summary>The current string or property name token, pooled when it is short.</summary>
    public string Read(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxPooledBytes)
            return reader.GetString()!;
        Span<char> chars = stackalloc char[MaxPooledBytes];
        var length = Encoding.UTF8.GetChars(reader.ValueSpan, chars);
        var text = chars[..length];
        if (_strings.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var pooled)) return pooled;
        var created = reader.GetString()!;
        if (Volatile.Read(ref _count) >= capacity) return created;
        if (_strings.TryAdd(created, created))
        {
            Interlocked.Increment(ref _count);
            return created;
        }
        return _strings.GetValueOrDefault(created, created);
    }
}
