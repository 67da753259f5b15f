namespace Vigil.Core.Model.Account;

public sealed record GuardDutyDetector
{
    public required string DetectorId { get; init; }
    /// <summary>ENABLED or DISABLED.</summary>
    public required string Status { get; init; }
    /// <summary>Protection plans by feature name (S3_DATA_EVENTS, EKS_AUDIT_LOGS, EBS_MALWARE_PROTECTION,
    /// RDS_LOGIN_EVENTS, LAMBDA_NETWORK_LOGS, RUNTIME_MONITORING, ...) with ENABLED or DISABLED.</summary>
    public IReadOnlyDictionary<string, string> Features { get => field ?? ResourceDefaults.NoTags; init; }

    public bool IsEnabled => Status == "ENABLED";
    public bool FeatureEnabled(string feature) => Features.TryGetValue(feature, out var s) && s == "ENABLED";
}
