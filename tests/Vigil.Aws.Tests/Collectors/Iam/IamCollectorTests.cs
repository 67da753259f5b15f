using System.Net;
using Vigil.Aws.Collectors.Iam;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Tests.Collectors.Iam;

public sealed class IamCollectorTests
{
    private static Task<Snapshot> CollectAsync(FakeAws aws) =>
        CollectorRun.CollectAsync(aws, time => new IamCollector { CredentialReports = new CredentialReportReader(time, TimeSpan.FromSeconds(2), 5) });

    [Fact]
    public async Task Collect_ReadsEveryEntityFieldByField()
    {
        var aws = IamAccount.Script();

        var snapshot = await CollectAsync(aws);

        Assert.Empty(aws.Unscripted);
        Assert.Equal(new IamCollector().Actions, aws.Actions());
        Assert.Empty(snapshot.Errors);
        var alice = Assert.Single(snapshot.IamUsers);
        Assert.Equal((IamAccount.AliceArn, "alice", CollectorRun.AccountId, "AIDACKCEVSQ6C2EXAMPLE", "/people/"), (alice.Arn, alice.Name, alice.AccountId, alice.UserId, alice.Path));
        Assert.Null(alice.Region);
        Assert.Equal(DateTimeOffset.Parse("2020-03-01T10:00:00Z"), alice.CreateDate);
        Assert.True(alice.HasConsolePassword);
        Assert.Equal(DateTimeOffset.Parse("2024-12-30T17:45:00Z"), alice.PasswordLastUsed);
        Assert.Equal(["admins"], alice.Groups);
        Assert.Equal([new("ReadOnlyAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess")], alice.AttachedPolicies);
        Assert.Equal([new("break-glass", IamAccount.AdminPolicy)], alice.InlinePolicies);
        Assert.Equal("arn:aws:iam::123456789012:policy/Boundary", alice.PermissionsBoundaryArn);
        Assert.Equal("security", alice.Tags["team"]);
        var key = Assert.Single(alice.AccessKeys);
        Assert.Equal(("AKIAIOSFODNN7EXAMPLE", "Active", "s3"), (key.AccessKeyId, key.Status, key.LastUsedService));
        Assert.Equal(DateTimeOffset.Parse("2024-06-01T12:00:00Z"), key.CreateDate);
        Assert.Equal(DateTimeOffset.Parse("2024-12-31T08:00:00Z"), key.LastUsedDate);
        var device = Assert.Single(alice.MfaDevices);
        Assert.Equal(("arn:aws:iam::123456789012:mfa/alice", true), (device.SerialNumber, device.IsVirtual));
        Assert.Empty(alice.Unreadable);

        var group = Assert.Single(snapshot.IamGroups);
        Assert.Equal(("arn:aws:iam::123456789012:group/admins", "admins", "/"), (group.Arn, group.Name, group.Path));
        Assert.Equal([new("AcmeAdmin", "arn:aws:iam::123456789012:policy/AcmeAdmin")], group.AttachedPolicies);
        Assert.Equal([new("read", IamAccount.ReadPolicy)], group.InlinePolicies);

        var role = Assert.Single(snapshot.IamRoles);
        Assert.Equal(("arn:aws:iam::123456789012:role/web", "web", IamAccount.TrustEc2), (role.Arn, role.Name, role.TrustPolicy));
        Assert.Equal(DateTimeOffset.Parse("2021-05-05T05:05:05Z"), role.CreateDate);
        Assert.Equal((DateTimeOffset.Parse("2024-12-30T23:59:01Z"), "eu-west-1"), (role.LastUsedDate!.Value, role.LastUsedRegion));
        Assert.Equal(["arn:aws:iam::123456789012:instance-profile/web-profile"], role.InstanceProfileArns);
        Assert.Equal([new("AcmeAdmin", "arn:aws:iam::123456789012:policy/AcmeAdmin")], role.AttachedPolicies);
        Assert.Equal("web", role.Tags["app"]);
        Assert.False(role.IsServiceLinked);

        var profile = Assert.Single(snapshot.IamInstanceProfiles);
        Assert.Equal(("arn:aws:iam::123456789012:instance-profile/web-profile", "web-profile"), (profile.Arn, profile.Name));
        Assert.Equal(["arn:aws:iam::123456789012:role/web"], profile.RoleArns);

        var policies = snapshot.IamPolicies.ToDictionary(p => p.Name);
        var admin = policies["AcmeAdmin"];
        Assert.Equal(("arn:aws:iam::123456789012:policy/AcmeAdmin", false, "v2", IamAccount.AdminPolicy, 2), (admin.Arn, admin.IsAwsManaged, admin.DefaultVersionId, admin.Document, admin.AttachmentCount));
        Assert.Equal([("v2", true, IamAccount.AdminPolicy), ("v1", false, IamAccount.ReadPolicy)], admin.Versions.Select(v => (v.VersionId, v.IsDefaultVersion, v.Document)));
        Assert.Equal(DateTimeOffset.Parse("2022-02-01T00:00:00Z"), admin.Versions[0].CreateDate);
        Assert.True(policies["ReadOnlyAccess"].IsAwsManaged);

        var certificate = Assert.Single(snapshot.IamServerCertificates);
        Assert.Equal(("arn:aws:iam::123456789012:server-certificate/cloudfront/legacy-web", "legacy-web"), (certificate.Arn, certificate.Name));
        Assert.Equal((DateTimeOffset.Parse("2023-03-01T00:00:00Z"), DateTimeOffset.Parse("2025-03-01T00:00:00Z")), (certificate.UploadDate!.Value, certificate.Expiration!.Value));
    }

    [Fact]
    public async Task Collect_FillsTheAccountFromPasswordPolicyReportAndRootMfa()
    {
        var snapshot = await CollectAsync(IamAccount.Script());

        var account = Assert.Single(snapshot.Accounts);
        Assert.Equal((Account.ArnFor(CollectorRun.AccountId), CollectorRun.AccountId), (account.Arn, account.AccountId));
        Assert.Equal(new PasswordPolicy
        {
            MinimumPasswordLength = 14, RequireSymbols = true, RequireNumbers = true, RequireUppercaseCharacters = true,
            RequireLowercaseCharacters = false, AllowUsersToChangePassword = true, MaxPasswordAge = 90, PasswordReusePrevention = 24, HardExpiry = false,
        }, account.PasswordPolicy);
        Assert.Equal((true, false, true), (account.RootMfaEnabled!.Value, account.RootAccessKeysPresent!.Value, account.RootHardwareMfaEnabled!.Value));
        Assert.Equal(2, account.CredentialReport.Count);
        var root = account.CredentialReport[0];
        Assert.True(root.IsRoot);
        Assert.Equal((false, true, null, null), (root.PasswordEnabled, root.MfaActive, root.AccessKey1, root.AccessKey2));
        Assert.Equal(DateTimeOffset.Parse("2024-11-02T08:15:00Z"), root.PasswordLastUsed);
        var alice = account.CredentialReport[1];
        Assert.Equal((IamAccount.AliceArn, true, true), (alice.Arn, alice.PasswordEnabled, alice.MfaActive));
        Assert.Equal(new AccessKeyInfo { Active = true, LastRotated = DateTimeOffset.Parse("2024-06-01T12:00:00Z"), LastUsed = DateTimeOffset.Parse("2024-12-31T08:00:00Z") }, alice.AccessKey1);
        Assert.Equal(new AccessKeyInfo { Active = false, LastRotated = DateTimeOffset.Parse("2023-01-01T00:00:00Z") }, alice.AccessKey2);
        Assert.Empty(account.Unreadable);
    }

    [Fact]
    public async Task Collect_FollowsTheAuthorizationDetailsMarker()
    {
        var aws = IamAccount.Script();

        await CollectAsync(aws);

        var pages = aws.CallsOf("iam:GetAccountAuthorizationDetails").Select(c => c.Body).ToList();
        Assert.Equal(2, pages.Count);
        Assert.DoesNotContain("Marker=", pages[0], StringComparison.Ordinal);
        Assert.Contains("Marker=page-2", pages[1], StringComparison.Ordinal);
        Assert.Contains("UserName=alice", Assert.Single(aws.CallsOf("iam:ListAccessKeys")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_AuthorizationDetailsDenied_RecordsListingErrorsAndNoEntities()
    {
        var aws = IamAccount.Script().On("iam:GetAccountAuthorizationDetails", () => Wire.IamAccessDenied("iam:GetAccountAuthorizationDetails"));

        var snapshot = await CollectAsync(aws);

        Assert.Empty(snapshot.IamUsers);
        Assert.Empty(snapshot.IamRoles);
        Assert.Empty(snapshot.IamGroups);
        Assert.Empty(snapshot.IamPolicies);
        Assert.Equal(
            [ResourceTypes.IamUser, ResourceTypes.IamGroup, ResourceTypes.IamRole, ResourceTypes.IamManagedPolicy, ResourceTypes.IamInstanceProfile],
            snapshot.Errors.Where(e => e.Operation == "GetAccountAuthorizationDetails").Select(e => e.ResourceType));
        Assert.All(snapshot.Errors, e => Assert.Equal(("iam", "AccessDenied", null), (e.Service, e.ErrorCode, e.ResourceArn)));
        Assert.Single(snapshot.IamServerCertificates);
    }

    [Fact]
    public async Task Collect_AccessKeysDenied_KeepsTheUserWithAccessKeysUnreadable()
    {
        var aws = IamAccount.Script().On("iam:ListAccessKeys", () => Wire.IamAccessDenied("iam:ListAccessKeys"));

        var snapshot = await CollectAsync(aws);

        var alice = Assert.Single(snapshot.IamUsers);
        Assert.Equal(["AccessKeys"], alice.Unreadable);
        Assert.Empty(alice.AccessKeys);
        Assert.Single(alice.MfaDevices);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("ListAccessKeys", "AccessDenied", ResourceTypes.IamUser, IamAccount.AliceArn, "AccessKeys"),
            (error.Operation, error.ErrorCode, error.ResourceType, error.ResourceArn, error.Property));
    }

    [Fact]
    public async Task Checks_OnUnreadableAccessKeys_ReportErrorNotPass()
    {
        var snapshot = await CollectAsync(IamAccount.Script().On("iam:ListAccessKeys", () => Wire.IamAccessDenied("iam:ListAccessKeys")));

        var finding = Assert.Single(CheckRun.Evaluate(snapshot, "iam-user-single-active-access-key"));

        Assert.Equal(FindingStatus.Error, finding.Status);
        Assert.Contains("AccessDenied", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checks_OnTheFullyReadAccount_Judge()
    {
        var snapshot = await CollectAsync(IamAccount.Script());

        Assert.Equal(FindingStatus.Pass, Assert.Single(CheckRun.Evaluate(snapshot, "iam-user-single-active-access-key")).Status);
        Assert.Equal(FindingStatus.Pass, Assert.Single(CheckRun.Evaluate(snapshot, "iam-root-hardware-mfa-enabled")).Status);
    }

    [Fact]
    public async Task Collect_NoPasswordPolicy_IsNotConfiguredNotAnError()
    {
        var aws = IamAccount.Script().On("iam:GetAccountPasswordPolicy", () => Wire.IamError(HttpStatusCode.NotFound, "NoSuchEntity",
            "The Password Policy with domain name 123456789012 cannot be found."));

        var snapshot = await CollectAsync(aws);

        Assert.Same(PasswordPolicy.NotConfigured, Assert.Single(snapshot.Accounts).PasswordPolicy);
        Assert.Empty(snapshot.Errors);
    }

    [Fact]
    public async Task Collect_CredentialReportDenied_TakesRootFactsFromTheSummary_AndUsersConsoleFactsAreUnreadable()
    {
        var aws = IamAccount.Script().On("iam:GenerateCredentialReport", () => Wire.IamAccessDenied("iam:GenerateCredentialReport"));

        var snapshot = await CollectAsync(aws);

        var account = Assert.Single(snapshot.Accounts);
        Assert.Empty(account.CredentialReport);
        Assert.Equal(["CredentialReport"], account.Unreadable);
        Assert.Equal((true, false, true), (account.RootMfaEnabled!.Value, account.RootAccessKeysPresent!.Value, account.RootHardwareMfaEnabled!.Value));
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("GenerateCredentialReport", account.Arn, "CredentialReport"), (error.Operation, error.ResourceArn, error.Property));
        Assert.Equal(["HasConsolePassword", "PasswordLastUsed"], Assert.Single(snapshot.IamUsers).Unreadable);
        Assert.Equal(FindingStatus.Error, Assert.Single(CheckRun.Evaluate(snapshot, "iam-user-console-mfa-enabled")).Status);
    }

    [Fact]
    public async Task Collect_ReportAndSummaryDenied_LeavesRootFactsUnreadable()
    {
        var aws = IamAccount.Script()
            .On("iam:GenerateCredentialReport", () => Wire.IamAccessDenied("iam:GenerateCredentialReport"))
            .On("iam:GetAccountSummary", () => Wire.IamAccessDenied("iam:GetAccountSummary"));

        var snapshot = await CollectAsync(aws);

        var account = Assert.Single(snapshot.Accounts);
        Assert.Equal((null, null, null), (account.RootMfaEnabled, account.RootAccessKeysPresent, account.RootHardwareMfaEnabled));
        Assert.Equal(["CredentialReport", "RootMfaEnabled", "RootAccessKeysPresent", "RootHardwareMfaEnabled"], account.Unreadable);
        Assert.Equal(FindingStatus.Error, Assert.Single(CheckRun.Evaluate(snapshot, "iam-root-mfa-enabled")).Status);
    }

    [Fact]
    public async Task Collect_RootWithVirtualMfa_IsNotHardwareMfa()
    {
        var aws = IamAccount.Script().On("iam:ListVirtualMFADevices", () => Wire.Iam("ListVirtualMFADevices", """
            <VirtualMFADevices><member><SerialNumber>arn:aws:iam::123456789012:mfa/root-account-mfa-device</SerialNumber>
            <User><UserId>123456789012</UserId><Arn>arn:aws:iam::123456789012:root</Arn><CreateDate>2019-01-10T09:00:00Z</CreateDate></User>
            <EnableDate>2019-01-10T09:05:00Z</EnableDate></member></VirtualMFADevices><IsTruncated>false</IsTruncated>
            """));

        var snapshot = await CollectAsync(aws);

        Assert.False(Assert.Single(snapshot.Accounts).RootHardwareMfaEnabled);
        Assert.Equal(FindingStatus.Fail, Assert.Single(CheckRun.Evaluate(snapshot, "iam-root-hardware-mfa-enabled")).Status);
    }

    [Fact]
    public async Task Collect_ReportNotReadyYet_AsksAgainUntilComplete()
    {
        var aws = IamAccount.Script();
        var generated = 0;
        aws.On("iam:GenerateCredentialReport", _ => Wire.Iam("GenerateCredentialReport",
            Interlocked.Increment(ref generated) < 3 ? "<State>STARTED</State><Description>No report exists. Starting a new report generation task</Description>" : "<State>COMPLETE</State>"));

        var snapshot = await CollectAsync(aws);

        Assert.Equal(3, generated);
        Assert.Equal(2, Assert.Single(snapshot.Accounts).CredentialReport.Count);
    }
    [Fact]
    public async Task Collect_UnreadableReport_IsAnInvalidResponseNamingTheProblem()
    {
        var csv = "user,arn,password_enabled\n<root_account>,arn:aws:iam::123456789012:root,not_supported\n";
        var aws = IamAccount.Script().On("iam:GetCredentialReport", () => Wire.Iam("GetCredentialReport",
            $"<Content>{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(csv))}</Content><ReportFormat>text/csv</ReportFormat>"));

        var snapshot = await CollectAsync(aws);

        Assert.Contains("CredentialReport", Assert.Single(snapshot.Accounts).Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("GetCredentialReport", "InvalidResponse", "The IAM credential report has no 'mfa_active' column."), (error.Operation, error.ErrorCode, error.Message));
    }
}
