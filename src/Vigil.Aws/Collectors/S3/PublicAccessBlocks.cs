using System.Text.Json.Nodes;
using Vigil.Core.Model.S3;

namespace Vigil.Aws.Collectors.S3;

internal static class PublicAccessBlocks
{
    /// <summary>A PublicAccessBlockConfiguration (S3 or S3 Control); a switch AWS did not send is off.</summary>
    public static PublicAccessBlock From(JsonNode? configuration) => new()
    {
        BlockPublicAcls = configuration.Bool("BlockPublicAcls") ?? false,
        IgnorePublicAcls = configuration.Bool("IgnorePublicAcls") ?? false,
        BlockPublicPolicy = configuration.Bool("BlockPublicPolicy") ?? false,
        RestrictPublicBuckets = configuration.Bool("RestrictPublicBuckets") ?? false,
    };
}
