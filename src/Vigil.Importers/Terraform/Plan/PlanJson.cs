using System.Text.Json;
using Vigil.Core;

namespace Vigil.Importers.Terraform.Plan;

/// <summary>Parses the plan file as JSON, turning a syntax error into "FILE:LINE: reason".</summary>
internal static class PlanJson
{
    public static JsonDocument Parse(string path, byte[] bytes)
    {
        try
        {
            return JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? $":{n + 1}" : "";
            throw new VigilInputException($"{path}{line}: not valid JSON: {Reason(e.Message)}", e);
        }
    }

    /// <summary>The parser's message without its "Path: $ | LineNumber: ..." suffix.</summary>
    private static string Reason(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        var reason = (cut < 0 ? message : message[..cut]).Trim();
        return reason.EndsWith('.') ? reason : reason + ".";
    }
}
