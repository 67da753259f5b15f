namespace Vigil.Core.Model.Account;

/// <summary>Regional account-level settings of one account in one region. Findings about a setting use the
/// documented ARN form arn:aws:SERVICE:REGION:ACCOUNT:SETTING with type AWS::Account.</summary>
public sealed record AccountRegion : Resource
{
    public override string ResourceType => ResourceTypes.Account;

    public bool? EbsEncryptionByDefault { get; init; }
    public IReadOnlyList<AccessAnalyzerInfo> AccessAnalyzers { get => field ?? []; init; }
    public GuardDutyDetector? GuardDuty { get; init; }
    public SecurityHubStatus? SecurityHub { get; init; }
    public ConfigRecorderStatus? Config { get; init; }
    public bool? SnapshotBlockPublicAccess { get; init; }
    public bool? ImageBlockPublicAccess { get; init; }
    /// <summary>VPC Block Public Access mode (DescribeVpcBlockPublicAccessOptions): off, block-bidirectional or
    /// block-ingress.</summary>
    public string? VpcBlockPublicAccessMode { get; init; }

    public static string ArnFor(string accountId, string region) => $"arn:aws:ec2:{region}:{accountId}:account-settings";
}
