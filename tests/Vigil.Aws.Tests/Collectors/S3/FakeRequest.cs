using System.Text.Json.Nodes;

namespace Vigil.Aws.Tests.Collectors.S3;

/// <summary>A request the fake AWS received, reduced to what it asks: service (botocore name), operation, region (from
/// the signature's scope), the bucket or access point it names, and its input (JSON body, query form or query string).</summary>
internal sealed record FakeRequest(string Service, string Operation, string Region, string? Resource, JsonObject Json, IReadOnlyDictionary<string, string> Parameters)
{
    public string? Input(string name) => Json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text
        : Parameters.TryGetValue(name, out var parameter) ? parameter : null;
}
