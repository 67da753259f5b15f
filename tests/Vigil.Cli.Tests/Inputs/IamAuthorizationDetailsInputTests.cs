using System.Text.Json;
using Vigil.Testing;

namespace Vigil.Cli.Tests.Inputs;

/// <summary>`vigil scan` of a `aws iam get-account-authorization-details` export, detected by its content.</summary>
public sealed class IamAuthorizationDetailsInputTests : IDisposable
{
    private const string Export = """
        {
            "UserDetailList": [
                {
                    "Path": "/",
                    "UserName": "ci-deployer",
                    "UserId": "AIDA1111111111EXAMPLE",
                    "Arn": "arn:aws:iam::123456789012:user/ci-deployer",
                    "CreateDate": "2022-11-02T17:40:03+00:00",
                    "UserPolicyList": [],
                    "GroupList": [],
                    "AttachedManagedPolicies": [
                        { "PolicyName": "DeployPassRole", "PolicyArn": "arn:aws:iam::123456789012:policy/DeployPassRole" }
                    ],
                    "Tags": []
                }
            ],
            "GroupDetailList": [],
            "RoleDetailList": [
                {
                    "Path": "/",
                    "RoleName": "partner-audit",
                    "RoleId": "AROA3333333333EXAMPLE",
                    "Arn": "arn:aws:iam::123456789012:role/partner-audit",
                    "CreateDate": "2023-09-01T10:00:00+00:00",
                    "AssumeRolePolicyDocument": {
                        "Version": "2012-10-17",
                        "Statement": [ { "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "sts:AssumeRole" } ]
                    },
                    "InstanceProfileList": [],
                    "RolePolicyList": [],
                    "AttachedManagedPolicies": [],
                    "Tags": [],
                    "RoleLastUsed": {}
                }
            ],
            "Policies": []
        }
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Scan_Json_ReportsTheExportsFindings()
    {
        var path = _dir.File("authorization-details.json", Export);
        var run = await CliRun.Of("scan", path, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        Assert.Equal(("iam-authorization-details", path), (root.GetProperty("inputs")[0].GetProperty("kind").GetString(), root.GetProperty("inputs")[0].GetProperty("source").GetString()));
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal("fail", Status(findings, "iam-role-trust-not-public", "arn:aws:iam::123456789012:role/partner-audit"));
        Assert.Equal("fail", Status(findings, "iam-user-no-direct-policies", "arn:aws:iam::123456789012:user/ci-deployer"));
        Assert.Equal("error", Status(findings, "iam-user-single-active-access-key", "arn:aws:iam::123456789012:user/ci-deployer"));
        var keys = findings.Single(f => f.GetProperty("checkId").GetString() == "iam-user-single-active-access-key");
        Assert.Contains("NotInExport", keys.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_Sarif_ListsTheFailure()
    {
        var path = _dir.File("authorization-details.json", Export);
        var run = await CliRun.Of("scan", path, "--format", "sarif");
        Assert.True(run.ExitCode == 0, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray();
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "iam-role-trust-not-public");
    }

    [Fact]
    public async Task Scan_BrokenExport_ExitsTwoNamingTheLine()
    {
        var path = _dir.File("authorization-details.json", "{\n  \"RoleDetailList\": [\n    { \"RoleName\": }\n  ]\n}\n");
        (await CliRun.Of("scan", path)).AssertUsageError(path + ":3: not valid JSON");
    }

    private static string? Status(List<JsonElement> findings, string checkId, string arn) => findings
        .Single(f => f.GetProperty("checkId").GetString() == checkId && f.GetProperty("resource").GetProperty("arn").GetString() == arn)
        .GetProperty("status").GetString();
}
