using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Collectors.Iam;

/// <summary>The account-level IAM facts: password policy, credential report, and the root user's MFA and access keys
/// (from the report's root row, or the account summary when the report could not be read).</summary>
internal sealed record RootAccountSettings(
    Read<PasswordPolicy> PasswordPolicy,
    Read<IReadOnlyList<CredentialReportRow>> CredentialReport,
    Read<JsonObject> Summary,
    Read<IReadOnlyList<JsonNode>> VirtualMfaDevices)
{
    public void Record(CollectionTarget target, CollectionSink sink)
    {
        var arn = Account.ArnFor(target.AccountId);
        var unreadable = new List<string>();
        void Unreadable(string property, AwsServiceException? cause)
        {
            unreadable.Add(property);
            if (cause is not null) sink.Failed(cause, target.AccountId, ResourceTypes.Account, arn, property);
        }

        if (PasswordPolicy.Failure is { } policyFailure) Unreadable(nameof(Account.PasswordPolicy), policyFailure);
        if (CredentialReport.Failure is { } reportFailure) Unreadable(nameof(Account.CredentialReport), reportFailure);

        var root = CredentialReport.Value?.FirstOrDefault(r => r.IsRoot);
        var summary = Summary.Value?["SummaryMap"];
        var mfa = root is not null ? root.MfaActive : SummaryFlag(summary, "AccountMFAEnabled");
        var keys = root is not null ? root.AccessKeys().Any() : SummaryFlag(summary, "AccountAccessKeysPresent");
        var rootCause = Summary.Failure ?? CredentialReport.Failure;
        if (mfa is null) Unreadable(nameof(Account.RootMfaEnabled), rootCause);
        if (keys is null) Unreadable(nameof(Account.RootAccessKeysPresent), rootCause);

        bool? hardware = mfa switch
        {
            false => false,
            true when VirtualMfaDevices.Value is { } devices => !devices.Any(IsRootDevice),
            _ => null,
        };
        if (hardware is null) Unreadable(nameof(Account.RootHardwareMfaEnabled), mfa is null ? rootCause : VirtualMfaDevices.Failure);

        sink.UpdateAccount(target.AccountId, account => account with
        {
            PasswordPolicy = PasswordPolicy.Value,
            CredentialReport = CredentialReport.Value ?? [],
            RootMfaEnabled = mfa,
            RootAccessKeysPresent = keys,
            RootHardwareMfaEnabled = hardware,
            Unreadable = [.. account.Unreadable, .. unreadable],
        });
    }

    private static bool? SummaryFlag(JsonNode? summary, string name) => summary.Number(name) is { } value ? value == 1 : null;

    private static bool IsRootDevice(JsonNode device) =>
        device["User"].Text("Arn")?.EndsWith(":root", StringComparison.Ordinal) == true ||
        device.Text("SerialNumber")?.EndsWith(":mfa/root-account-mfa-device", StringComparison.Ordinal) == true;
}
