using Vigil.Core.Model.S3;

namespace Vigil.Core.Model.Account;

/// <summary>The AWS account itself (type AWS::Account, ARN arn:aws:iam::ID:root) and its global settings.</summary>
public sealed record Account : Resource
{
    public override string ResourceType => ResourceTypes.Account;

    public PasswordPolicy? PasswordPolicy { get; init; }
    public bool? RootMfaEnabled { get; init; }
    public bool? RootHardwareMfaEnabled { get; init; }
    public bool? RootAccessKeysPresent { get; init; }
    public IReadOnlyList<CredentialReportRow> CredentialReport { get => field ?? []; init; }
    public AlternateContact? SecurityContact { get; init; }
    public AlternateContact? OperationsContact { get; init; }
    public AlternateContact? BillingContact { get; init; }
    public PublicAccessBlock? S3PublicAccessBlock { get; init; }
    public string? OrganizationId { get; init; }
    public bool? IsOrganizationManagementAccount { get; init; }

    public static string ArnFor(string accountId) => $"arn:aws:iam::{accountId}:root";
}
