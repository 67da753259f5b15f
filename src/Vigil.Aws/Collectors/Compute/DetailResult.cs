using System.Text.Json.Nodes;
using Vigil.Aws.Execution;

namespace Vigil.Aws.Collectors.Compute;

/// <summary>What a detail call gave: its output, or the failure.</summary>
internal sealed record DetailResult(JsonObject? Output, AwsServiceException? Failure);
