namespace Vigil.ScriptedAws.Wire;

/// <summary>An HTTP request as the fake received it: method, raw path, query parameters, headers and body.</summary>
public sealed record FakeRequest(string Method, string Path, IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string? QueryValue(string name) => Query.FirstOrDefault(p => p.Key == name).Value;

    public bool HasQueryKey(string name) => Query.Any(p => p.Key == name);
}
