using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Vigil.Iam;

namespace Vigil.Access.Privesc;

/// <summary>The context of one request: the request's own keys over the actor's fixed context, without copying the
/// actor's keys into every request (the engine takes it as it is). Keys ignore case, as IAM's do; so must the actor's.</summary>
internal sealed class RequestContext(IReadOnlyDictionary<string, IReadOnlyList<string>> actor) : ICaseInsensitiveDictionary
{
    private readonly Dictionary<string, IReadOnlyList<string>> _own = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public void Set(string key, string value) => _own[key] = [value];

    public bool ContainsKey(string key) => _own.ContainsKey(key) || actor.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IReadOnlyList<string> value) =>
        _own.TryGetValue(key, out value) || actor.TryGetValue(key, out value);

    public IEnumerable<string> Keys => _own.Keys.Concat(actor.Keys.Where(k => !_own.ContainsKey(k)));

    public IEnumerable<IReadOnlyList<string>> Values => Keys.Select(k => this[k]);

    public int Count => Keys.Count();

    public IEnumerator<KeyValuePair<string, IReadOnlyList<string>>> GetEnumerator() =>
        Keys.Select(k => new KeyValuePair<string, IReadOnlyList<string>>(k, this[k])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
