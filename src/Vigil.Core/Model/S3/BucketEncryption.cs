namespace Vigil.Core.Model.S3;

public sealed record BucketEncryption
{
    /// <summary>AES256, aws:kms or aws:kms:dsse.</summary>
    public required string Algorithm { get; init; }
    public string? KmsKeyId { get; init; }
    public bool BucketKeyEnabled { get; init; }

    public bool UsesKms => Algorithm.StartsWith("aws:kms", StringComparison.Ordinal);
}
