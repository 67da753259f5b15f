namespace Vigil.Core.Model.Ssm;

/// <summary>An instance registered with Systems Manager, with its patch and association compliance.</summary>
public sealed record ManagedInstance : Resource
{
    public override string ResourceType => ResourceTypes.SsmManagedInstance;

    public required string InstanceId { get; init; }
    /// <summary>Online, ConnectionLost or Inactive.</summary>
    public string PingStatus { get => field ?? "Online"; init; }
    public string? PlatformName { get; init; }
    public string? AgentVersion { get; init; }
    /// <summary>COMPLIANT, NON_COMPLIANT, or null when no patch scan has reported.</summary>
    public string? PatchComplianceStatus { get; init; }
    public int MissingCriticalPatches { get; init; }
    public int MissingSecurityPatches { get; init; }
    public DateTimeOffset? LastPatchScan { get; init; }
    /// <summary>COMPLIANT, NON_COMPLIANT, or null when it has no associations.</summary>
    public string? AssociationComplianceStatus { get; init; }
}
