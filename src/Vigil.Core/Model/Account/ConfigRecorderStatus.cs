namespace Vigil.Core.Model.Account;

public sealed record ConfigRecorderStatus
{
    public string? RecorderName { get; init; }
    public bool Recording { get; init; }
    public bool AllSupported { get; init; }
    public bool IncludeGlobalResourceTypes { get; init; }
    public string? RoleArn { get; init; }
    public bool DeliveryChannelConfigured { get; init; }
    /// <summary>SUCCESS or FAILURE of the last recording attempt, when known.</summary>
    public string? LastStatus { get; init; }
}
