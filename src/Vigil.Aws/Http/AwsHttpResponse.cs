namespace Vigil.Aws.Http;

/// <summary>An HTTP response read whole: status, headers (case-insensitive, repeated values joined by commas) and body.</summary>
public sealed class AwsHttpResponse
{
    public required int StatusCode { get; init; }
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    public byte[] Body { get; init; } = [];

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public bool IsSuccess => StatusCode is >= 200 and < 300;
}
