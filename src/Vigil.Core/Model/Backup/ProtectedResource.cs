namespace Vigil.Core.Model.Backup;

/// <summary>A resource AWS Backup reports as protected (it has at least one recovery point).</summary>
public sealed record ProtectedResource
{
    public required string AccountId { get; init; }
    public string? Region { get; init; }
    public required string ResourceArn { get; init; }
    public string? ResourceType { get; init; }
    public DateTimeOffset? LastBackupTime { get; init; }
}
