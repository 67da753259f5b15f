using System.Text;
using System.Text.Json.Nodes;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;
using Vigil.ScriptedAws.Script;
using Vigil.ScriptedAws.Wire;

namespace Vigil.ScriptedAws.Accounts;

/// <summary>IAM as the collector reads it: GetAccountAuthorizationDetails (users, groups, roles with instance
/// profiles, managed policies with versions; documents URL-encoded as IAM sends them), each user's access keys
/// and MFA devices, the credential report, password policy, account summary and server certificates.</summary>
internal static class IamScript
{
    public static void Add(AccountScope scope, ScriptedAccount script)
    {
        var users = scope.Of<IamUser>().ToList();
        var roles = scope.Of<IamRole>().ToList();
        var profiles = scope.Of<InstanceProfile>().ToDictionary(p => p.Arn, StringComparer.Ordinal);
        script.Answer("iam", "GetAccountAuthorizationDetails", new JsonObject
        {
            ["UserDetailList"] = Trees.Array(users.Select(User)),
            ["GroupDetailList"] = Trees.Array(scope.Of<IamGroup>().Select(Group)),
            ["RoleDetailList"] = Trees.Array(roles.Select(r => Role(r, profiles, roles))),
            ["Policies"] = Trees.Array(scope.Of<ManagedPolicy>().Select(Policy)),
        });
        foreach (var user in users)
        {
            var who = new JsonObject { ["UserName"] = user.Name };
            script.Answer("iam", "ListAccessKeys", new JsonObject
            {
                ["AccessKeyMetadata"] = Trees.Array(user.AccessKeys.Select(k => Trees.Object(
                    ("UserName", user.Name), ("AccessKeyId", k.AccessKeyId), ("Status", k.Status), ("CreateDate", Trees.Iso(k.CreateDate))))),
            }, when: who);
            script.Answer("iam", "ListMFADevices", new JsonObject
            {
                ["MFADevices"] = Trees.Array(user.MfaDevices.Select(d => Trees.Object(
                    ("UserName", user.Name), ("SerialNumber", d.SerialNumber), ("EnableDate", Trees.Iso(d.EnableDate ?? DateTimeOffset.UnixEpoch))))),
            }, when: who);
            foreach (var key in user.AccessKeys)
            {
                script.Answer("iam", "GetAccessKeyLastUsed", new JsonObject
                {
                    ["UserName"] = user.Name,
                    ["AccessKeyLastUsed"] = Trees.Object(("LastUsedDate", Trees.Iso(key.LastUsedDate)), ("ServiceName", key.LastUsedService ?? "N/A"), ("Region", "N/A")),
                }, when: new JsonObject { ["AccessKeyId"] = key.AccessKeyId });
            }
        }
        var account = scope.Of<Account>().FirstOrDefault();
        AddAccountSettings(scope, script, account, users);
        script.Answer("iam", "ListServerCertificates", new JsonObject
        {
            ["ServerCertificateMetadataList"] = Trees.Array(scope.Of<ServerCertificate>().Select(c => Trees.Object(
                ("Path", "/"), ("ServerCertificateName", c.Name), ("ServerCertificateId", "ASCA" + c.Name.ToUpperInvariant()), ("Arn", c.Arn),
                ("UploadDate", Trees.Iso(c.UploadDate)), ("Expiration", Trees.Iso(c.Expiration))))),
        });
    }

    private static void AddAccountSettings(AccountScope scope, ScriptedAccount script, Account? account, List<IamUser> users)
    {
        script.Answer("iam", "GenerateCredentialReport", new JsonObject { ["State"] = "COMPLETE", ["Description"] = "Report generated" });
        var report = CredentialReport(scope.AccountId, account, users);
        script.Answer("iam", "GetCredentialReport", new JsonObject
        {
            ["Content"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(report)),
            ["ReportFormat"] = "text/csv",
            ["GeneratedTime"] = Trees.Iso(scope.Snapshot.CollectedAt ?? DateTimeOffset.UnixEpoch),
        });
        if (account?.PasswordPolicy is { Absent: false } policy)
        {
            script.Answer("iam", "GetAccountPasswordPolicy", new JsonObject
            {
                ["PasswordPolicy"] = Trees.Object(
                    ("MinimumPasswordLength", policy.MinimumPasswordLength), ("RequireSymbols", policy.RequireSymbols), ("RequireNumbers", policy.RequireNumbers),
                    ("RequireUppercaseCharacters", policy.RequireUppercaseCharacters), ("RequireLowercaseCharacters", policy.RequireLowercaseCharacters),
                    ("AllowUsersToChangePassword", policy.AllowUsersToChangePassword), ("ExpirePasswords", policy.MaxPasswordAge is > 0),
                    ("MaxPasswordAge", policy.MaxPasswordAge), ("PasswordReusePrevention", policy.PasswordReusePrevention), ("HardExpiry", policy.HardExpiry)),
            });
        }
        else
        {
            script.Fail("iam", "GetAccountPasswordPolicy", new FakeError("NoSuchEntity", $"The Password Policy with domain name {scope.AccountId} cannot be found.", 404));
        }
        script.Answer("iam", "GetAccountSummary", new JsonObject
        {
            ["SummaryMap"] = new JsonObject
            {
                ["AccountMFAEnabled"] = account?.RootMfaEnabled == true ? 1 : 0,
                ["AccountAccessKeysPresent"] = account?.RootAccessKeysPresent == true ? 1 : 0,
                ["Users"] = users.Count,
            },
        });
        var rootVirtual = account is { RootMfaEnabled: true, RootHardwareMfaEnabled: false };
        script.Answer("iam", "ListVirtualMFADevices", new JsonObject
        {
            ["VirtualMFADevices"] = Trees.Array(rootVirtual
                ? [new JsonObject { ["SerialNumber"] = $"arn:aws:iam::{scope.AccountId}:mfa/root-account-mfa-device", ["User"] = new JsonObject { ["Path"] = "/", ["UserName"] = "root", ["UserId"] = scope.AccountId, ["Arn"] = $"arn:aws:iam::{scope.AccountId}:root", ["CreateDate"] = "2020-01-01T00:00:00Z" } }]
                : []),
        });
    }

    /// <summary>The credential report's CSV (IAM User Guide, "Getting credential reports"): the account's own rows
    /// when the snapshot has them, otherwise a root row from the account's root facts and a row per user.</summary>
    private static string CredentialReport(string accountId, Account? account, List<IamUser> users)
    {
        var rows = account?.CredentialReport.Count > 0
            ? account.CredentialReport
            :
            [
                new CredentialReportRow
                {
                    User = CredentialReportRow.RootUser, Arn = $"arn:aws:iam::{accountId}:root", MfaActive = account?.RootMfaEnabled == true,
                    AccessKey1 = account?.RootAccessKeysPresent == true ? new AccessKeyInfo { Active = true } : null,
                },
                .. users.Select(u => new CredentialReportRow
                {
                    User = u.Name, Arn = u.Arn, UserCreationTime = u.CreateDate, PasswordEnabled = u.HasConsolePassword, PasswordLastUsed = u.PasswordLastUsed,
                    MfaActive = u.MfaDevices.Count > 0,
                }),
            ];
        var csv = new StringBuilder("user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,"
            + "access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,"
            + "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,"
            + "cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated\n");
        foreach (var row in rows)
        {
            var root = row.IsRoot;
            csv.Append(string.Join(',',
                row.User, row.Arn, Time(row.UserCreationTime), root ? "not_supported" : Flag(row.PasswordEnabled), Time(row.PasswordLastUsed),
                root ? "not_supported" : Time(row.PasswordLastChanged), root ? "not_supported" : "N/A", Flag(row.MfaActive),
                Flag(row.AccessKey1?.Active == true), Time(row.AccessKey1?.LastRotated), Time(row.AccessKey1?.LastUsed), "N/A", "N/A",
                Flag(row.AccessKey2?.Active == true), Time(row.AccessKey2?.LastRotated), Time(row.AccessKey2?.LastUsed), "N/A", "N/A",
                "false", "N/A", "false", "N/A"));
            csv.Append('\n');
        }
        return csv.ToString();
    }

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Time(DateTimeOffset? time) => time is null ? "N/A" : time.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", System.Globalization.CultureInfo.InvariantCulture);

    private static JsonObject User(IamUser user) => Trees.Object(
        ("Path", user.Path), ("UserName", user.Name), ("UserId", user.UserId ?? "AIDA" + user.Name.ToUpperInvariant()), ("Arn", user.Arn),
        ("CreateDate", Trees.Iso(user.CreateDate ?? DateTimeOffset.UnixEpoch)),
        ("UserPolicyList", Inline(user.InlinePolicies)), ("GroupList", Trees.Strings(user.Groups)), ("AttachedManagedPolicies", Attached(user.AttachedPolicies)),
        ("PermissionsBoundary", Boundary(user.PermissionsBoundaryArn)), ("Tags", Trees.KeyValueTags(user.Tags)));

    private static JsonObject Group(IamGroup group) => Trees.Object(
        ("Path", group.Path), ("GroupName", group.Name), ("GroupId", "AGPA" + group.Name.ToUpperInvariant()), ("Arn", group.Arn), ("CreateDate", "2020-01-01T00:00:00Z"),
        ("GroupPolicyList", Inline(group.InlinePolicies)), ("AttachedManagedPolicies", Attached(group.AttachedPolicies)));

    private static JsonObject Role(IamRole role, IReadOnlyDictionary<string, InstanceProfile> profiles, IReadOnlyList<IamRole> roles) => Trees.Object(
        ("Path", role.Path), ("RoleName", role.Name), ("RoleId", "AROA" + role.Name.ToUpperInvariant()), ("Arn", role.Arn),
        ("CreateDate", Trees.Iso(role.CreateDate ?? DateTimeOffset.UnixEpoch)),
        ("AssumeRolePolicyDocument", role.TrustPolicy is null ? null : Uri.EscapeDataString(role.TrustPolicy)),
        ("InstanceProfileList", Trees.Array(role.InstanceProfileArns.Select(arn => Profile(arn, profiles, roles)))),
        ("RolePolicyList", Inline(role.InlinePolicies)), ("AttachedManagedPolicies", Attached(role.AttachedPolicies)),
        ("PermissionsBoundary", Boundary(role.PermissionsBoundaryArn)), ("Tags", Trees.KeyValueTags(role.Tags)),
        ("RoleLastUsed", role.LastUsedDate is null ? new JsonObject() : Trees.Object(("LastUsedDate", Trees.Iso(role.LastUsedDate)), ("Region", role.LastUsedRegion))));

    /// <summary>An instance profile with the roles it holds (roles listed without their own instance profiles, as IAM does).</summary>
    private static JsonObject Profile(string arn, IReadOnlyDictionary<string, InstanceProfile> profiles, IReadOnlyList<IamRole> roles)
    {
        var profile = profiles.GetValueOrDefault(arn);
        var holders = profile?.RoleArns ?? [.. roles.Where(r => r.InstanceProfileArns.Contains(arn)).Select(r => r.Arn)];
        return Trees.Object(
            ("Path", "/"), ("InstanceProfileName", profile?.Name ?? arn.Split('/')[^1]), ("InstanceProfileId", "AIPA" + arn.Split('/')[^1].ToUpperInvariant()),
            ("Arn", arn), ("CreateDate", "2020-01-01T00:00:00Z"),
            ("Roles", Trees.Array(holders.Select(r => (JsonNode)new JsonObject
            {
                ["Path"] = "/", ["RoleName"] = r.Split('/')[^1], ["RoleId"] = "AROA" + r.Split('/')[^1].ToUpperInvariant(), ["Arn"] = r, ["CreateDate"] = "2020-01-01T00:00:00Z",
            }))),
            ("Tags", profile is null ? null : Trees.KeyValueTags(profile.Tags)));
    }

    private static JsonObject Policy(ManagedPolicy policy) => Trees.Object(
        ("PolicyName", policy.Name), ("PolicyId", "ANPA" + policy.Name.ToUpperInvariant()), ("Arn", policy.Arn), ("Path", policy.Path),
        ("DefaultVersionId", policy.DefaultVersionId), ("AttachmentCount", policy.AttachmentCount), ("IsAttachable", true),
        ("PolicyVersionList", Trees.Array(Versions(policy).Select(v => Trees.Object(
            ("Document", Uri.EscapeDataString(v.Document)), ("VersionId", v.VersionId), ("IsDefaultVersion", v.IsDefaultVersion), ("CreateDate", Trees.Iso(v.CreateDate)))))));

    /// <summary>The policy's versions; a policy the snapshot holds only as a default document gets that as v1.</summary>
    private static IEnumerable<PolicyVersion> Versions(ManagedPolicy policy) =>
        policy.Versions.Count > 0 ? policy.Versions
        : policy.Document is { } document ? [new PolicyVersion(policy.DefaultVersionId ?? "v1", true, document)]
        : [];

    private static JsonArray Inline(IEnumerable<InlinePolicy> policies) =>
        Trees.Array(policies.Select(p => new JsonObject { ["PolicyName"] = p.PolicyName, ["PolicyDocument"] = Uri.EscapeDataString(p.Document) }));

    private static JsonArray Attached(IEnumerable<AttachedPolicy> policies) =>
        Trees.Array(policies.Select(p => new JsonObject { ["PolicyName"] = p.PolicyName, ["PolicyArn"] = p.PolicyArn }));

    private static JsonObject? Boundary(string? arn) =>
        arn is null ? null : new JsonObject { ["PermissionsBoundaryType"] = "Policy", ["PermissionsBoundaryArn"] = arn };
}
