using System.Text.Json;

namespace Vigil.Core.Serialization;

internal static class JsonErrors
{
    /// <summary>"line 12, at $.s3Buckets[3].versioning: ..." without System.Text.Json's own position suffix.</summary>
    public static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        if (message.StartsWith("The JSON value could not be converted to", StringComparison.Ordinal))
        {
            message = e.InnerException is { } inner ? $"the value has the wrong type: {inner.Message}" : "the value has the wrong type";
        }
        var line = e.LineNumber is { } l ? $"line {l + 1}" : "";
        var path = string.IsNullOrEmpty(e.Path) ? "" : $"at {e.Path}";
        var where = string.Join(", ", new[] { line, path }.Where(s => s.Length > 0));
        return where.Length > 0 ? $"{where}: {message.TrimEnd('.')}." : $"{message.TrimEnd('.')}.";
    }
}
