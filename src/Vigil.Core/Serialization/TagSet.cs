using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Vigil.Core.Serialization;

/// <summary>A resource's tags as two small arrays in document order, compared by content so that resources with the
/// same tags share one instance (see <see cref="TagSetPool"/>). Lookups are ordinal and linear: resources carry few tags.</summary>
internal sealed class TagSet : IReadOnlyDictionary<string, string>, IEquatable<TagSet>
{
    private readonly string[] _keys;
    private readonly string[] _values;
    private readonly int _hash;

    public TagSet(string[] keys, string[] values)
    {
        _keys = keys;
        _values = values;
        _hash = Hash(keys, values);
    }

    public static int Hash(ReadOnlySpan<string> keys, ReadOnlySpan<string> values)
    {
        var hash = new HashCode();
        for (var i = 0; i < keys.Length; i++)
        {
            hash.Add(keys[i], StringComparer.Ordinal);
            hash.Add(values[i], StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<string> Values => _values;

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No tag '{key}'.");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++) yield return new KeyValuePair<string, string>(_keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(TagSet? other) => other is not null && other._hash == _hash && other.Holds(_keys, _values);

    /// <summary>Whether these are exactly <paramref name="keys"/> and <paramref name="values"/>, in that order.</summary>
    public bool Holds(ReadOnlySpan<string> keys, ReadOnlySpan<string> values)
    {
        if (keys.Length != _keys.Length) return false;
        for (var i = 0; i < _keys.Length; i++)
        {
            if (!string.Equals(_keys[i], keys[i], StringComparison.Ordinal) || !string.Equals(_values[i], values[i], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is TagSet other && Equals(other);

    public override int GetHashCode() => _hash;

    private int IndexOf(string key)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}
