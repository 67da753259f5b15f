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

    /// <summary>Reads the locations of a text that is valid JSON.</summary>
    public static JsonLocations Of(string json)
    {
        var locations = new JsonLocations();
        var bytes = Encoding.UTF8.GetBytes(json);
        var lineStarts = LineStarts(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var path = new List<string>();
        var arrayIndexes = new Stack<int>();
        var inArray = new Stack<bool>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    path.Add(reader.GetString()!);
                    locations.Record(path, reader.TokenStartIndex, bytes, lineStarts);
                    continue;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    if (NextArrayItem(path, arrayIndexes, inArray)) locations.Record(path, reader.TokenStartIndex, bytes, lineStarts);
                    inArray.Push(reader.TokenType == JsonTokenType.StartArray);
                    if (reader.TokenType == JsonTokenType.StartArray) arrayIndexes.Push(-1);
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    if (inArray.Pop())
                    {
                        if (arrayIndexes.Pop() >= 0) path.RemoveAt(path.Count - 1);
                    }
                    EndValue(path, inArray);
                    continue;
                default:
                    if (NextArrayItem(path, arrayIndexes, inArray)) locations.Record(path, reader.TokenStartIndex, bytes, lineStarts);
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

    /// <summary>In an array, the next item replaces the previous item's index segment; true when an item starts.</summary>
    private static bool NextArrayItem(List<string> path, Stack<int> arrayIndexes, Stack<bool> inArray)
    {
        if (inArray.Count == 0 || !inArray.Peek()) return false;
        var index = arrayIndexes.Pop() + 1;
        if (index > 0) path.RemoveAt(path.Count - 1);
        path.Add($"[{index}]");
        arrayIndexes.Push(index);
        return true;
    }

    /// <summary>After a property's value, its name leaves the path.</summary>
    private static void EndValue(List<string> path, Stack<bool> inArray)
    {
        if (inArray.Count > 0 && !inArray.Peek() && path.Count > 0) path.RemoveAt(path.Count - 1);
    }

    private void Record(List<string> path, long offset, byte[] bytes, List<int> lineStarts)
    {
        var text = Join(path);
        if (_byPath.ContainsKey(text)) return;
        var line = lineStarts.BinarySearch((int)offset);
        if (line < 0) line = ~line - 1;
        var column = Encoding.UTF8.GetCharCount(bytes, lineStarts[line], (int)offset - lineStarts[line]) + 1;
        _byPath[text] = (line + 1, column);
    }

    private static string Join(List<string> path)
    {
        var text = new StringBuilder();
        foreach (var segment in path)
        {
            if (text.Length > 0 && !segment.StartsWith('[')) text.Append('.');
            text.Append(segment);
        }

        return text.ToString();
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
