namespace Vigil.Core.Model.Ecr;

public sealed record EcrRepository : Resource
{
    public override string ResourceType => ResourceTypes.EcrRepository;

    public string? RepositoryUri { get; init; }
    public bool ScanOnPush { get; init; }
    /// <summary>MUTABLE or IMMUTABLE.</summary>
    public string ImageTagMutability { get => field ?? "MUTABLE"; init; }
    public bool HasLifecyclePolicy { get; init; }
    /// <summary>AES256 or KMS.</summary>
    public string EncryptionType { get => field ?? "AES256"; init; }
    public string? KmsKey { get; init; }
    public string? Policy { get; init; }
    /// <summary>True when enhanced scanning (Amazon Inspector) covers the repository.</summary>
    public bool EnhancedScanning { get; init; }
}
