using System.Text;
using System.Text.Json;

namespace Vigil.Core.Serialization;

/// <summary>Shares one string instance per distinct value of low-cardinality fields (account ids, regions, tags)
/// across a whole snapshot: a million resources then hold thousands of strings, not millions. Bounded.</summary>
internal sealed class StringPool(int capacity)
{
    private const int MaxPooledBytes = 128;

    private readonly BoundedInterner<string> _strings = new(capacity, StringComparer.Ordinal);

    public static StringPool Shared { get; } = new(100_000);

    /// <summary>The current string or property name token, pooled when it is short.</summary>
    public string Read(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxPooledBytes)
            return reader.GetString()!;
        Span<char> chars = stackalloc char[MaxPooledBytes];
        var length = Encoding.UTF8.GetChars(reader.ValueSpan, chars);
        ReadOnlySpan<char> text = chars[..length];
        return _strings.TryFind(text, out var pooled) ? pooled : _strings.Add(reader.GetString()!);
    }
}
