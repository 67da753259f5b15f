namespace Vigil.Iam.Policies;

/// <summary>A set of strings built once and probed many times. Most policy elements list one to a few values, so a
/// short array scanned in order is smaller and as fast as a hash set; larger sets switch to one.
/// A struct so that a matcher's several sets cost nothing until used; hold it in a non-readonly field.</summary>
internal struct SmallStringSet(StringComparer comparer)
{
    private const int ArrayLimit = 8;
    private string[]? _items;
    private HashSet<string>? _hashed;

    public void Add(string value)
    {
        if (_hashed is not null)
        {
            _hashed.Add(value);
            return;
        }

        if (Contains(value)) return;
        _items ??= [];
        if (_items.Length == ArrayLimit)
        {
            _hashed = new HashSet<string>(_items, comparer) { value };
            _items = [];
            return;
        }

        Array.Resize(ref _items, _items.Length + 1);
        _items[^1] = value;
    }

    public readonly bool Contains(string value)
    {
        if (_hashed is not null) return _hashed.Contains(value);
        if (_items is null) return false;
        foreach (var item in _items)
        {
            if (comparer.Equals(item, value)) return true;
        }

        return false;
    }
}
