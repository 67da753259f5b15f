using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Core;

namespace Vigil.Importers.Detection;

/// <summary>Parses an export: one JSON value, or several written one after another (pages an AWS CLI command
/// printed into the same file). Member names are matched case-insensitively, as AWS writes the same structure
/// in PascalCase (IAM API, CLI) and camelCase (AWS Config).</summary>
internal static class JsonValues
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<JsonNode> ParseAll(byte[] content, string path)
    {
        ReadOnlySpan<byte> bytes = content;
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true, CommentHandling = JsonCommentHandling.Skip });
        var values = new List<JsonNode>();
        try
        {
            if (!reader.Read()) throw new VigilInputException($"{path}: the file is empty.");
            do
            {
                values.Add(JsonNode.Parse(ref reader, NodeOptions) ?? throw new VigilInputException($"{path}: the file holds a JSON null, not an export."));
            }
            while (reader.Read());
        }
        catch (JsonException e)
        {
            throw new VigilInputException($"{path}:{(e.LineNumber ?? 0) + 1}: not valid JSON: {Reason(e)}", e);
        }
        return values;
    }

    /// <summary>Parses one JSON text embedded in the export (an AWS Config query result or configuration string).</summary>
    public static JsonNode ParseEmbedded(string text, string path, string what)
    {
        try
        {
            return JsonNode.Parse(text, NodeOptions) ?? throw new VigilInputException($"{path}: {what} is JSON null.");
        }
        catch (JsonException e)
        {
            throw new VigilInputException($"{path}: {what} is not valid JSON: {Reason(e)}", e);
        }
    }

    private static string Reason(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd();
    }
}
