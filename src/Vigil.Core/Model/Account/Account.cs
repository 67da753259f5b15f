using Vigil.Core.Model.S3;

namespace Vigil.Core.Model.Account;

/// <summary>The AWS account itself (type AWS::Account, ARN arn:aws:iam::ID:root) and its global settings.</summary>
public sealed record Account : Resource
{
    public override string ResourceType => ResourceTypes.Account;

    /// <summary>Null when not collected; <see cref="PasswordPolicy.NotConfigured"/> when the account has none.</summary>
    public PasswordPolicy? PasswordPolicy { get; init; }
    public bool? RootMfaEnabled { get; init; }
    public bool? RootHardwareMfaEnabled { get; init; }
    public bool? RootAccessKeysPresent { get; init; }
    /// <summary>The IAM credential report. Empty means not collected: a report always has the root user's row.</summary>
    public IReadOnlyList<CredentialReportRow> CredentialReport { get => field ?? []; init; }
    /// <summary>Null when not collected; <see cref="AlternateContact.NotRegistered"/> when no security contact is registered.</summary>
    public AlternateContact? SecurityContact { get; init; }
    public AlternateContact? OperationsContact { get; init; }
    public AlternateContact? BillingContact { get; init; }
    public PublicAccessBlock? S3PublicAccessBlock { get; init; }
    public string? OrganizationId { get; init; }
    public bool? IsOrganizationManagementAccount { get; init; }
    /// <summary>Ids from the organization root (r-...) down to the account's parent OU; null when not collected or not
    /// in an organization. SCPs and RCPs attached to each, and to the account itself, apply to the account.</summary>
    public IReadOnlyList<string>? OrganizationParents { get; init; }

    public static string ArnFor(string accountId) => $"arn:aws:iam::{accountId}:root";
}
