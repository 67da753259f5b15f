namespace Vigil.Core.Model.S3;

/// <summary>The four S3 Block Public Access switches (account, bucket or access point level).</summary>
public sealed record PublicAccessBlock
{
    public bool BlockPublicAcls { get; init; }
    public bool IgnorePublicAcls { get; init; }
    public bool BlockPublicPolicy { get; init; }
    public bool RestrictPublicBuckets { get; init; }

    public bool AllEnabled => BlockPublicAcls && IgnorePublicAcls && BlockPublicPolicy && RestrictPublicBuckets;
}
