using YamlDotNet.RepresentationModel;

namespace Vigil.Core.Responsibilities;

/// <summary>Typed reads of one YAML mapping of a responsibility data file; every error names the file, the line,
/// the path inside the document and what was expected.</summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _map;
    private readonly string _source;

    public YamlFields(YamlNode node, string source, string path, IReadOnlyCollection<string> keys)
    {
        _source = source;
        Path = path;
        _map = node as YamlMappingNode ?? throw Error(node, path, "a mapping");
        foreach (var key in _map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!keys.Contains(name))
                throw Error(key, Join(path, name), $"one of the keys {string.Join(", ", keys)}");
        }
    }

    public string Path { get; }

    public string RequiredText(string key) =>
        OptionalText(key) ?? throw Error(_map, Join(Path, key), "a text (the key is missing)");

    public string? OptionalText(string key)
    {
        if (!_map.Children.TryGetValue(new YamlScalarNode(key), out var node)) return null;
        if (node is not YamlScalarNode scalar || string.IsNullOrWhiteSpace(scalar.Value))
            throw Error(node, Join(Path, key), "a non-empty text");
        return scalar.Value.Trim();
    }

    public IReadOnlyList<string> TextList(string key)
    {
        if (!_map.Children.TryGetValue(new YamlScalarNode(key), out var node)) return [];
        if (node is not YamlSequenceNode sequence) throw Error(node, Join(Path, key), "a list of texts");
        return sequence.Children.Select((child, i) => child is YamlScalarNode { Value: { Length: > 0 } value }
            ? value
            : throw Error(child, $"{Join(Path, key)}[{i}]", "a non-empty text")).ToList();
    }

    /// <summary>The items of a list, each with its path (key[i]); an absent key is an empty list.</summary>
    public IReadOnlyList<(YamlNode Node, string Path)> Items(string key, bool required)
    {
        if (!_map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            return required ? throw Error(_map, Join(Path, key), "a list (the key is missing)") : [];
        if (node is not YamlSequenceNode sequence || (required && sequence.Children.Count == 0))
            throw Error(node, Join(Path, key), "a non-empty list");
        return sequence.Children.Select((child, i) => (child, $"{Join(Path, key)}[{i}]")).ToList();
    }

    public YamlNode? Node(string key) => _map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public YamlNode Required(string key) => Node(key) ?? throw Error(_map, Join(Path, key), "a value (the key is missing)");

    public InvalidDataException Error(string key, string expected) => Error(Node(key) ?? _map, Join(Path, key), expected);

    public InvalidDataException Error(YamlNode node, string path, string expected) =>
        new($"{_source}: line {node.Start.Line}: {(path.Length == 0 ? "document" : path)}: expected {expected}.");

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
