using System.Text;
using System.Text.Json;

namespace Vigil.Importers.CloudFormation.Syntax;

/// <summary>Reads a JSON template into <see cref="TemplateNode"/>s, keeping the line of every token.</summary>
internal static class JsonTemplateReader
{
    public static TemplateNode Read(string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = LineStarts(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read()) throw TemplateSyntaxError.At(path, 1, "the template is empty.");
            var root = ReadValue(ref reader, lineStarts, path);
            if (reader.Read()) throw TemplateSyntaxError.At(path, LineOf(lineStarts, reader.TokenStartIndex), "not valid JSON: text after the end of the template.");
            return root;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var message = e.Message.Split(" LineNumber:", 2)[0].TrimEnd();
            throw TemplateSyntaxError.At(path, line, $"not valid JSON: {message}");
        }
    }

    private static TemplateNode ReadValue(ref Utf8JsonReader reader, int[] lineStarts, string path)
    {
        var line = LineOf(lineStarts, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = new List<TemplateEntry>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString()!;
                    var keyLine = LineOf(lineStarts, reader.TokenStartIndex);
                    if (entries.Any(e => e.Key == key)) throw TemplateSyntaxError.At(path, keyLine, $"the key '{key}' appears twice in the same object.");
                    reader.Read();
                    entries.Add(new TemplateEntry(key, keyLine, ReadValue(ref reader, lineStarts, path)));
                }
                return new TemplateMap(entries, line);
            case JsonTokenType.StartArray:
                var items = new List<TemplateNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lineStarts, path));
                }
                return new TemplateList(items, line);
            case JsonTokenType.String:
                return new TemplateScalar(reader.GetString(), line);
            case JsonTokenType.Number:
                return new TemplateScalar(Encoding.UTF8.GetString(reader.ValueSpan), line);
            case JsonTokenType.True:
                return new TemplateScalar("true", line);
            case JsonTokenType.False:
                return new TemplateScalar("false", line);
            default:
                return new TemplateScalar(null, line);
        }
    }

    private static int[] LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') starts.Add(i + 1);
        }
        return [.. starts];
    }

    private static int LineOf(int[] lineStarts, long offset)
    {
        var index = Array.BinarySearch(lineStarts, (int)offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
