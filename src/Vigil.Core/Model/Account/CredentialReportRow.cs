namespace Vigil.Core.Model.Account;

/// <summary>One row of the IAM credential report. The root user's row has User "&lt;root_account&gt;".</summary>
public sealed record CredentialReportRow
{
    public required string User { get; init; }
    public required string Arn { get; init; }
    public DateTimeOffset? UserCreationTime { get; init; }
    public bool PasswordEnabled { get; init; }
    public DateTimeOffset? PasswordLastUsed { get; init; }
    public DateTimeOffset? PasswordLastChanged { get; init; }
    public bool MfaActive { get; init; }
    public AccessKeyInfo? AccessKey1 { get; init; }
    public AccessKeyInfo? AccessKey2 { get; init; }

    public const string RootUser = "<root_account>";
    public bool IsRoot => User == RootUser;

    public IEnumerable<AccessKeyInfo> AccessKeys()
    {
        if (AccessKey1 is not null) yield return AccessKey1;
        if (AccessKey2 is not null) yield return AccessKey2;
    }
}
