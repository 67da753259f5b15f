using System.Text.Json.Nodes;
using Vigil.Checks;
using Vigil.Core;
using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.Iam;
using Vigil.Importers.IamAuthorizationDetails;
using Vigil.Testing;

namespace Vigil.Importers.Tests.IamAuthorizationDetails;

public sealed class IamAuthorizationDetailsImporterTests : IDisposable
{
    private const string AllowS3 = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Import_PolicyDocumentAsJsonObject_IsKeptAsJson()
    {
        var snapshot = await Import(Page(roles: [Role("app", trust: JsonNode.Parse(AllowS3))]));
        Assert.Equal(JsonNode.Parse(AllowS3)!.ToJsonString(), Assert.Single(snapshot.IamRoles).TrustPolicy);
    }

    [Fact]
    public async Task Import_UrlEncodedPolicyDocument_IsDecoded()
    {
        var snapshot = await Import(Page(roles: [Role("app", trust: Uri.EscapeDataString(AllowS3))]));
        Assert.Equal(AllowS3, Assert.Single(snapshot.IamRoles).TrustPolicy);
    }

    [Fact]
    public async Task Import_PolicyDocumentAsJsonString_IsKept()
    {
        var snapshot = await Import(Page(roles: [Role("app", trust: AllowS3)]));
        Assert.Equal(AllowS3, Assert.Single(snapshot.IamRoles).TrustPolicy);
    }

    [Fact]
    public async Task Import_PagesWrittenOneAfterAnother_AreJoined()
    {
        var first = Page(roles: [Role("a", AllowS3)], truncated: true);
        var second = Page(roles: [Role("b", AllowS3), Role("a", AllowS3)]);
        var snapshot = await Import(first.ToJsonString() + "\n" + second.ToJsonString());
        Assert.Equal(["a", "b"], snapshot.IamRoles.Select(r => r.Name));
        Assert.Empty(snapshot.Errors);
    }

    [Fact]
    public async Task Import_LastPageTruncated_RecordsEachTypeAsIncomplete()
    {
        var snapshot = await Import(Page(roles: [Role("a", AllowS3)], truncated: true));
        Assert.Equal(
            [ResourceTypes.IamUser, ResourceTypes.IamGroup, ResourceTypes.IamRole, ResourceTypes.IamManagedPolicy, ResourceTypes.IamInstanceProfile],
            snapshot.Errors.Select(e => e.ResourceType));
        Assert.All(snapshot.Errors, e => Assert.Equal(("ExportTruncated", null, "123456789012"), (e.ErrorCode, e.ResourceArn, e.AccountId)));
    }

    [Fact]
    public async Task Import_AccountId_ComesFromTheArns()
    {
        var snapshot = await Import(Page(roles: [Role("a", AllowS3)]));
        Assert.Equal("123456789012", Assert.Single(snapshot.IamRoles).AccountId);
    }

    [Fact]
    public async Task Import_OnlyAwsManagedPolicies_FallsBackToTheOptionsAccount()
    {
        var snapshot = await Import(Page(policies: [ManagedPolicy("arn:aws:iam::aws:policy/ReadOnlyAccess")]));
        var policy = Assert.Single(snapshot.IamPolicies);
        Assert.Equal((ImportOptions.DefaultAccountId, true), (policy.AccountId, policy.IsAwsManaged));
    }

    [Fact]
    public async Task Import_SeveralAccounts_IsRefused()
    {
        var page = Page(roles: [Role("a", AllowS3), Role("b", AllowS3, account: "210987654321")]);
        var e = await Assert.ThrowsAsync<VigilInputException>(() => Import(page));
        Assert.Contains("several accounts (123456789012, 210987654321)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_User_HasCredentialsRecordedAsNotInTheExport()
    {
        var path = Write(Page(users: [new JsonObject { ["UserName"] = "alice", ["Arn"] = "arn:aws:iam::123456789012:user/alice", ["GroupList"] = new JsonArray("devs") }]));
        var snapshot = await new IamAuthorizationDetailsImporter().ImportAsync(path, new ImportOptions(), CancellationToken.None);
        var user = Assert.Single(snapshot.IamUsers);
        Assert.Equal([nameof(IamUser.AccessKeys), nameof(IamUser.MfaDevices), nameof(IamUser.HasConsolePassword), nameof(IamUser.PasswordLastUsed)], user.Unreadable);
        Assert.Equal(["devs"], user.Groups);
        var error = Assert.Single(snapshot.Errors, e => e.Property == nameof(IamUser.AccessKeys));
        Assert.Equal(("NotInExport", "ListAccessKeys", user.Arn), (error.ErrorCode, error.Operation, error.ResourceArn));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UserAccessKeyCheck_ReportsErrorNotPass()
    {
        var snapshot = await Import(Page(users: [new JsonObject { ["UserName"] = "alice", ["Arn"] = "arn:aws:iam::123456789012:user/alice" }]));
        var check = BuiltInChecks.Catalog.Checks.Single(c => c.Metadata.Id == "iam-user-single-active-access-key");
        var finding = Assert.Single(ScanEngine.Evaluate(snapshot, [check], new CheckContext(snapshot, DateTimeOffset.UnixEpoch, CheckSettings.Default), CancellationToken.None));
        Assert.Equal(FindingStatus.Error, finding.Status);
        Assert.Contains("AccessKeys of alice could not be read: iam:ListAccessKeys failed with NotInExport", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_PolicyVersions_TheDefaultIsTheDocument()
    {
        var policy = ManagedPolicy("arn:aws:iam::123456789012:policy/p");
        policy["DefaultVersionId"] = "v2";
        policy["PolicyVersionList"] = new JsonArray(
            new JsonObject { ["VersionId"] = "v1", ["IsDefaultVersion"] = false, ["Document"] = "{\"Version\":\"2012-10-17\",\"Statement\":[]}" },
            new JsonObject { ["VersionId"] = "v2", ["IsDefaultVersion"] = true, ["Document"] = JsonNode.Parse(AllowS3) });
        var snapshot = await Import(Page(policies: [policy]));
        var read = Assert.Single(snapshot.IamPolicies);
        Assert.Equal((2, "v2", JsonNode.Parse(AllowS3)!.ToJsonString()), (read.Versions.Count, read.DefaultVersionId, read.Document));
    }

    [Fact]
    public async Task Import_RoleInstanceProfiles_BecomeRecords()
    {
        var role = Role("web", AllowS3);
        role["InstanceProfileList"] = new JsonArray(new JsonObject
        {
            ["InstanceProfileName"] = "web",
            ["Arn"] = "arn:aws:iam::123456789012:instance-profile/web",
            ["Roles"] = new JsonArray(new JsonObject { ["Arn"] = "arn:aws:iam::123456789012:role/web" }),
        });
        var snapshot = await Import(Page(roles: [role]));
        var profile = Assert.Single(snapshot.IamInstanceProfiles);
        Assert.Equal(["arn:aws:iam::123456789012:role/web"], profile.RoleArns);
        Assert.Equal([profile.Arn], Assert.Single(snapshot.IamRoles).InstanceProfileArns);
    }

    [Fact]
    public async Task Import_OtherJson_IsRefused()
    {
        var e = await Assert.ThrowsAsync<VigilInputException>(() => Import(new JsonObject { ["Users"] = new JsonArray() }));
        Assert.Contains("is not output of get-account-authorization-details", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MalformedJson_NamesTheLine()
    {
        var path = _dir.File("broken.json", "{\n  \"RoleDetailList\": [\n    {\"RoleName\": }\n  ]\n}");
        var e = await Assert.ThrowsAsync<VigilInputException>(() => new IamAuthorizationDetailsImporter().ImportAsync(path, new ImportOptions(), CancellationToken.None));
        Assert.StartsWith(path + ":3: not valid JSON", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_EntryWithoutItsName_IsRefused()
    {
        var e = await Assert.ThrowsAsync<VigilInputException>(() => Import(Page(roles: [new JsonObject { ["Arn"] = "arn:aws:iam::123456789012:role/x" }])));
        Assert.Contains("a role entry has no RoleName", e.Message, StringComparison.Ordinal);
    }

    private static JsonObject Page(JsonObject[]? users = null, JsonObject[]? roles = null, JsonObject[]? policies = null, bool truncated = false)
    {
        var page = new JsonObject
        {
            ["UserDetailList"] = new JsonArray([.. users ?? []]),
            ["GroupDetailList"] = new JsonArray(),
            ["RoleDetailList"] = new JsonArray([.. roles ?? []]),
            ["Policies"] = new JsonArray([.. policies ?? []]),
            ["IsTruncated"] = truncated,
        };
        if (truncated) page["Marker"] = "AAEAAQAAAAEAAAAB";
        return page;
    }

    private static JsonObject Role(string name, JsonNode? trust, string account = "123456789012") => new()
    {
        ["RoleName"] = name,
        ["Arn"] = $"arn:aws:iam::{account}:role/{name}",
        ["Path"] = "/",
        ["AssumeRolePolicyDocument"] = trust?.DeepClone(),
    };

    private static JsonObject Role(string name, string trust, string account = "123456789012") => Role(name, JsonValue.Create(trust), account);

    private static JsonObject ManagedPolicy(string arn) => new()
    {
        ["PolicyName"] = arn.Split('/')[^1],
        ["Arn"] = arn,
        ["DefaultVersionId"] = "v1",
        ["PolicyVersionList"] = new JsonArray(new JsonObject { ["VersionId"] = "v1", ["IsDefaultVersion"] = true, ["Document"] = AllowS3 }),
    };

    private string Write(JsonNode page) => _dir.File($"details-{Guid.NewGuid():N}.json", page.ToJsonString());

    private Task<Snapshot> Import(JsonNode page) => Import(page.ToJsonString());

    private Task<Snapshot> Import(string content) =>
        new IamAuthorizationDetailsImporter().ImportAsync(_dir.File($"details-{Guid.NewGuid():N}.json", content), new ImportOptions(), CancellationToken.None);
}
