namespace Vigil.Core.Checks;

/// <summary>Thresholds checks use, with documented defaults (docs/configuration.md).</summary>
public sealed record CheckSettings
{
    public static CheckSettings Default { get; } = new();

    public int AccessKeyMaxAgeDays { get; init; } = 90;
    /// <summary>CIS: credentials unused for 45 days or more are disabled.</summary>
    public int CredentialUnusedDays { get; init; } = 45;
    /// <summary>FSBP IAM.8: unused credentials removed after 90 days.</summary>
    public int CredentialRemovalDays { get; init; } = 90;
    public int PasswordMinLength { get; init; } = 14;
    public int PasswordReusePrevention { get; init; } = 24;
    public int PasswordMaxAgeDays { get; init; } = 90;
    public int LogRetentionMinDays { get; init; } = 365;
    public int CertificateExpiryWarningDays { get; init; } = 30;
    public int StoppedInstanceMaxDays { get; init; } = 30;
    public int SecretRotationMaxDays { get; init; } = 90;
    public int SecretUnusedDays { get; init; } = 90;
    public int BackupRetentionMinDays { get; init; } = 7;
    public int RoleUnusedDays { get; init; } = 90;
    public IReadOnlyList<int> HighRiskPorts { get; init; } =
        [20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300];
    /// <summary>Ports that may be open to 0.0.0.0/0 (FSBP EC2.18).</summary>
    public IReadOnlyList<int> AuthorizedPublicPorts { get; init; } = [80, 443];
    public IReadOnlyList<string> RequiredTags { get; init; } = [];
    // Data governance (residency, classification, backup copies): empty means "not configured", which the
    // data-*-configured account checks report as manual instead of letting the per-resource checks pass.
    /// <summary>Regions data stores and their copies may be in (region codes such as eu-west-1).</summary>
    public IReadOnlyList<string> AllowedRegions { get; init; } = [];
    /// <summary>Tag keys (case-sensitive, as in Security Hub's requiredTagKeys) every data store must carry to say how
    /// sensitive its data is, e.g. data-classification.</summary>
    public IReadOnlyList<string> DataClassificationTagKeys { get; init; } = [];
    /// <summary>Copies every backup plan must schedule: cross-region, cross-account, or both.</summary>
    public IReadOnlyList<string> BackupCopyRequired { get; init; } = [];
    /// <summary>AWS account ids (12 digits) that IAM roles and resource policies may trust besides the accounts in the snapshot.</summary>
    public IReadOnlyList<string> TrustedAccounts { get; init; } = [];
    /// <summary>Lambda runtimes AWS still supports (FSBP Lambda.2).</summary>
    public IReadOnlyList<string> SupportedLambdaRuntimes { get; init; } =
    [
        "nodejs24.x", "nodejs22.x", "nodejs20.x", "python3.14", "python3.13", "python3.12", "python3.11", "python3.10",
        "java25", "java21", "java17", "java11", "java8.al2", "dotnet10", "dotnet8", "ruby3.4", "ruby3.3", "provided.al2023", "provided.al2",
    ];
}
