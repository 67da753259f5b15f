namespace Vigil.Core.Model.Account;

/// <summary>The GuardDuty detector of one account in one region. A region without any detector is recorded as
/// <see cref="None"/> (empty detector id, status DISABLED); a null detector on the region means not collected.</summary>
public sealed record GuardDutyDetector
{
    public required string DetectorId { get; init; }
    /// <summary>ENABLED or DISABLED.</summary>
    public required string Status { get; init; }
    /// <summary>Protection plans by feature name (S3_DATA_EVENTS, EKS_AUDIT_LOGS, EBS_MALWARE_PROTECTION,
    /// RDS_LOGIN_EVENTS, LAMBDA_NETWORK_LOGS, RUNTIME_MONITORING, ...) with ENABLED or DISABLED.</summary>
    public IReadOnlyDictionary<string, string> Features { get => field ?? ResourceDefaults.NoTags; init; }
    /// <summary>Additional configurations of the protection plans by name (EKS_ADDON_MANAGEMENT,
    /// ECS_FARGATE_AGENT_MANAGEMENT, EC2_AGENT_MANAGEMENT: the automated agent management of Runtime Monitoring)
    /// with ENABLED or DISABLED.</summary>
    public IReadOnlyDictionary<string, string> AdditionalConfigurations { get => field ?? ResourceDefaults.NoTags; init; }

    /// <summary>The record of a region where no detector has been created.</summary>
    public static GuardDutyDetector None { get; } = new() { DetectorId = "", Status = "DISABLED" };

    public bool Exists => DetectorId.Length > 0;
    public bool IsEnabled => Status == "ENABLED";
    public bool FeatureEnabled(string feature) => Features.TryGetValue(feature, out var s) && s == "ENABLED";
    public bool AdditionalConfigurationEnabled(string name) =>
        AdditionalConfigurations.TryGetValue(name, out var s) && s == "ENABLED";
}
