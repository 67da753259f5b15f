using System.Text;
using System.Text.Json;

namespace Vigil.Iam.Lint;

/// <summary>The line and column (1-based) of every property name and array item of a JSON text, by element path
/// (<c>Statement[0].Condition.StringEquals.aws:SourceIp</c>).</summary>
internal sealed class JsonLocations
{
    private readonly Dictionary<string, (int Line, int Column)> _byPath = new(StringComparer.Ordinal);

    private JsonLocations()
    {
    }

    public static JsonLocations None { get; } = new();

    /// <summary>Reads the locations of a text that is valid JSON: of every element, or of <paramref name="paths"/> and
    /// the elements that enclose them only.</summary>
    public static JsonLocations Of(string json, IEnumerable<string>? paths = null)
    {
        var locations = new JsonLocations();
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? wanted = paths is null ? null : Enclosing(paths);
        var bytes = Encoding.UTF8.GetBytes(json);
        var lineStarts = LineStarts(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var path = new JsonPathBuffer();
        var arrayIndexes = new Stack<int>();
        var inArray = new Stack<bool>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    path.PushProperty(reader.GetString()!);
                    locations.Record(path, wanted, reader.TokenStartIndex, bytes, lineStarts);
                    continue;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    if (NextArrayItem(path, arrayIndexes, inArray)) locations.Record(path, wanted, reader.TokenStartIndex, bytes, lineStarts);
                    inArray.Push(reader.TokenType == JsonTokenType.StartArray);
                    if (reader.TokenType == JsonTokenType.StartArray) arrayIndexes.Push(-1);
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    if (inArray.Pop())
                    {
                        if (arrayIndexes.Pop() >= 0) path.Pop();
                    }
                    EndValue(path, inArray);
                    continue;
                default:
                    if (NextArrayItem(path, arrayIndexes, inArray)) locations.Record(path, wanted, reader.TokenStartIndex, bytes, lineStarts);
                    EndValue(path, inArray);
                    continue;
            }
        }

        return locations;
    }

    /// <summary>The location of <paramref name="path"/>, or of its nearest enclosing element that has one.</summary>
    public (int? Line, int? Column) Find(string path)
    {
        var current = path;
        while (current.Length > 0)
        {
            if (_byPath.TryGetValue(current, out var found)) return (found.Line, found.Column);
            var cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            if (cut <= 0) break;
            current = current[..cut];
        }

        return (null, null);
    }

    /// <summary>The paths and every path <see cref="Find"/> may fall back to from them.</summary>
    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Enclosing(IEnumerable<string> paths)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var current = path;
            while (current.Length > 0 && wanted.Add(current))
            {
                var cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
                if (cut <= 0) break;
                current = current[..cut];
            }
        }

        return wanted.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>In an array, the next item replaces the previous item's index segment; true when an item starts.</summary>
    private static bool NextArrayItem(JsonPathBuffer path, Stack<int> arrayIndexes, Stack<bool> inArray)
    {
        if (inArray.Count == 0 || !inArray.Peek()) return false;
        var index = arrayIndexes.Pop() + 1;
        if (index > 0) path.Pop();
        path.PushIndex(index);
        arrayIndexes.Push(index);
        return true;
    }

    /// <summary>After a property's value, its name leaves the path.</summary>
    private static void EndValue(JsonPathBuffer path, Stack<bool> inArray)
    {
        if (inArray.Count > 0 && !inArray.Peek() && path.Depth > 0) path.Pop();
    }

    private void Record(JsonPathBuffer path, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? wanted, long offset, byte[] bytes, List<int> lineStarts)
    {
        var text = path.Text;
        if (wanted is { } filter && !filter.Contains(text)) return;
        var byPath = _byPath.GetAlternateLookup<ReadOnlySpan<char>>();
        if (byPath.ContainsKey(text)) return;
        var line = lineStarts.BinarySearch((int)offset);
        if (line < 0) line = ~line - 1;
        var column = Encoding.UTF8.GetCharCount(bytes, lineStarts[line], (int)offset - lineStarts[line]) + 1;
        _byPath[text.ToString()] = (line + 1, column);
    }

    private static List<int> LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') starts.Add(i + 1);
        }

        return starts;
    }
}
