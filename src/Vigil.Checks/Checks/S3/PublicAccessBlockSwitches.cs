using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

/// <summary>Names the Block Public Access switches that are off, for failure messages.</summary>
internal static class PublicAccessBlockSwitches
{
    public static IEnumerable<string> Off(PublicAccessBlock block)
    {
        if (!block.BlockPublicAcls) yield return "BlockPublicAcls";
        if (!block.IgnorePublicAcls) yield return "IgnorePublicAcls";
        if (!block.BlockPublicPolicy) yield return "BlockPublicPolicy";
        if (!block.RestrictPublicBuckets) yield return "RestrictPublicBuckets";
    }
}
