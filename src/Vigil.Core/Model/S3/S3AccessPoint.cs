namespace Vigil.Core.Model.S3;

public sealed record S3AccessPoint
{
    public required string Arn { get; init; }
    public required string Name { get; init; }
    /// <summary>Internet or VPC.</summary>
    public string NetworkOrigin { get => field ?? "Internet"; init; }
    /// <summary>The access point's Block Public Access switches; null when not collected.</summary>
    public PublicAccessBlock? PublicAccessBlock { get; init; }
    public string? Policy { get; init; }
}
