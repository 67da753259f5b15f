using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;

namespace Vigil.Aws.Collectors.Iam;

/// <summary>Completes a user with what GetAccountAuthorizationDetails lacks: access keys (with their last use), MFA
/// devices, and console password facts from the credential report.</summary>
internal static class UserCredentialsReader
{
    /// <summary>The user with its access keys and MFA devices, or those named in Unreadable (and the failure recorded).</summary>
    public static async Task<IamUser> CompleteAsync(IamUser user, CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var keys = ReadAccessKeysAsync(user, target, cancellationToken);
        var devices = ReadMfaDevicesAsync(user, target, cancellationToken);
        await Task.WhenAll(keys, devices).ConfigureAwait(false);

        var unreadable = new List<string>();
        var completed = user;
        if (keys.Result.Failure is { } keyFailure)
        {
            sink.Failed(keyFailure, target.AccountId, ResourceTypes.IamUser, user.Arn, nameof(IamUser.AccessKeys));
            unreadable.Add(nameof(IamUser.AccessKeys));
        }
        else
        {
            completed = completed with { AccessKeys = keys.Result.Value! };
        }
        if (devices.Result.Failure is { } deviceFailure)
        {
            sink.Failed(deviceFailure, target.AccountId, ResourceTypes.IamUser, user.Arn, nameof(IamUser.MfaDevices));
            unreadable.Add(nameof(IamUser.MfaDevices));
        }
        else
        {
            completed = completed with { MfaDevices = devices.Result.Value! };
        }
        return unreadable.Count == 0 ? completed : completed with { Unreadable = unreadable };
    }

    /// <summary>The user with its console password facts from the credential report (by ARN); without the report, or
    /// without the user's row in it, those are named in Unreadable.</summary>
    public static IamUser WithReport(IamUser user, IReadOnlyDictionary<string, CredentialReportRow>? report) =>
        report is not null && report.TryGetValue(user.Arn, out var row)
            ? user with { HasConsolePassword = row.PasswordEnabled, PasswordLastUsed = row.PasswordLastUsed }
            : user with { Unreadable = [.. user.Unreadable, nameof(IamUser.HasConsolePassword), nameof(IamUser.PasswordLastUsed)] };

    private static Task<Read<IReadOnlyList<AccessKey>>> ReadAccessKeysAsync(IamUser user, CollectionTarget target, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<AccessKey>>.Of(async () =>
        {
            var metadata = new List<JsonNode>();
            await foreach (var page in target.Client.PaginateAsync("iam", "ListAccessKeys", new JsonObject { ["UserName"] = user.Name }, target.Region, cancellationToken).ConfigureAwait(false))
            {
                metadata.AddRange(page.Items("AccessKeyMetadata"));
            }
            return await Task.WhenAll(metadata.Select(m => ReadAccessKeyAsync(m, target, cancellationToken))).ConfigureAwait(false);
        });

    private static async Task<AccessKey> ReadAccessKeyAsync(JsonNode metadata, CollectionTarget target, CancellationToken cancellationToken)
    {
        var id = metadata.Text("AccessKeyId") ?? throw new InvalidDataException("iam:ListAccessKeys returned a key without AccessKeyId.");
        var lastUsed = (await target.Client.CallAsync("iam", "GetAccessKeyLastUsed", new JsonObject { ["AccessKeyId"] = id }, target.Region, cancellationToken)
            .ConfigureAwait(false))["AccessKeyLastUsed"];
        return new AccessKey
        {
            AccessKeyId = id,
            Status = metadata.Text("Status") ?? throw new InvalidDataException($"iam:ListAccessKeys returned key {id} without Status."),
            CreateDate = metadata.Time("CreateDate"),
            LastUsedDate = lastUsed.Time("LastUsedDate"),
            LastUsedService = lastUsed.Text("ServiceName") is { } service and not "N/A" ? service : null,
        };
    }

    private static Task<Read<IReadOnlyList<MfaDevice>>> ReadMfaDevicesAsync(IamUser user, CollectionTarget target, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<MfaDevice>>.Of(async () =>
        {
            var devices = new List<MfaDevice>();
            await foreach (var page in target.Client.PaginateAsync("iam", "ListMFADevices", new JsonObject { ["UserName"] = user.Name }, target.Region, cancellationToken).ConfigureAwait(false))
            {
                devices.AddRange(page.Items("MFADevices").Where(d => d.Text("SerialNumber") is not null).Select(d => new MfaDevice
                {
                    SerialNumber = d.Text("SerialNumber")!,
                    IsVirtual = MfaSerials.IsVirtual(d.Text("SerialNumber")!),
                    EnableDate = d.Time("EnableDate"),
                }));
            }
            return devices;
        });
}
