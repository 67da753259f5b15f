using System.Text.Json.Nodes;
using Vigil.Aws.Execution;

namespace Vigil.Aws.Collectors.Compute;

/// <summary>What a listing gave: every item over all pages, or the failure.</summary>
internal sealed record ListResult(List<JsonNode>? Items, AwsServiceException? Failure);
