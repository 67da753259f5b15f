using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Tests.Policies;

/// <summary>The lint checks lint a policy shape once across accounts, yet every account's verdict names its own resources
/// and quotes its own policy text.</summary>
public sealed class PolicyLintSharingTests
{
    private const string A = "111111111111";
    private const string B = "222222222222";

    private static string Policy(string bucket, string account, string action, string principalType = "role") =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{account}}:{{principalType}}/reader"},"Action":"{{action}}","Resource":"arn:aws:s3:::{{bucket}}/*"}]}""";

    [Fact]
    public void AnErrorQuotingTheOwnAccount_IsReportedWithEachAccountsText()
    {
        var findings = Evaluate(
            Bucket("alpha", A, Policy("alpha", A, "s3:GetObject", "rolle")),
            Bucket("beta", B, Policy("beta", B, "s3:GetObject", "rolle")));
        Assert.All(findings.Values, f => Assert.Equal(FindingStatus.Fail, f.Status));
        Assert.Contains($"arn:aws:iam::{A}:rolle/reader", findings[A].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(B, findings[A].Message, StringComparison.Ordinal);
        Assert.Contains($"arn:aws:iam::{B}:rolle/reader", findings[B].Message, StringComparison.Ordinal);
        Assert.Contains("bucket beta", findings[B].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(A, findings[B].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnErrorNotQuotingEither_IsSharedButNamesEachAccountsBucket()
    {
        var findings = Evaluate(
            Bucket("alpha", A, Policy("alpha", A, "s3:GetObjekt")),
            Bucket("beta", B, Policy("beta", B, "s3:GetObjekt")));
        Assert.All(findings.Values, f => Assert.Equal(FindingStatus.Fail, f.Status));
        Assert.Contains("bucket alpha", findings[A].Message, StringComparison.Ordinal);
        Assert.Contains("bucket beta", findings[B].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameShapeWithAndWithoutAnError_IsJudgedPerText()
    {
        var findings = Evaluate(
            Bucket("alpha", A, Policy("alpha", A, "s3:GetObject")),
            Bucket("beta", B, Policy("beta", B, "s3:GetObjekt")));
        Assert.Equal(FindingStatus.Pass, findings[A].Status);
        Assert.Equal(FindingStatus.Fail, findings[B].Status);
        Assert.Contains("bucket beta", findings[B].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManagedPolicies_WithAnErrorQuotingTheOwnAccount_AreReportedWithEachAccountsText()
    {
        string Document(string account) =>
            $$$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"iam::{{{account}}}:role/app"},{"Effect":"Allow","Action":"s3:GetObjekt","Resource":"*"}]}""";
        ManagedPolicy Managed(string account) => new()
        {
            Arn = $"arn:aws:iam::{account}:policy/app", Name = "app", AccountId = account, Document = Document(account), DefaultVersionId = "v1",
        };
        var snapshot = new SnapshotBuilder().Add(Managed(A)).Add(Managed(B)).Build();
        var check = BuiltInChecks.Catalog.Find("iam-policy-lint-no-errors")!;
        var context = new CheckContext(snapshot, DateTimeOffset.UnixEpoch, CheckSettings.Default);
        var findings = ScanEngine.Evaluate(snapshot, [check], context, CancellationToken.None).ToDictionary(f => f.Resource!.AccountId, f => f);
        Assert.All(findings.Values, f => Assert.Equal(FindingStatus.Fail, f.Status));
        Assert.DoesNotContain(B, findings[A].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(A, findings[B].Message, StringComparison.Ordinal);
        Assert.Contains("GetObjekt", findings[B].Message, StringComparison.Ordinal);
        Assert.Contains($"iam::{A}:role/app", findings[A].Message, StringComparison.Ordinal);
        Assert.Contains($"iam::{B}:role/app", findings[B].Message, StringComparison.Ordinal);
    }

    private static S3Bucket Bucket(string name, string account, string policy) =>
        new() { Arn = $"arn:aws:s3:::{name}", Name = name, AccountId = account, Region = "us-east-1", Policy = policy };

    private static Dictionary<string, Finding> Evaluate(params S3Bucket[] buckets)
    {
        var builder = new SnapshotBuilder().AddRange(buckets);
        foreach (var account in buckets.Select(b => b.AccountId).Distinct())
            builder.Add(new Account { Arn = $"arn:aws:iam::{account}:root", Name = account, AccountId = account });
        var snapshot = builder.Build();
        var check = BuiltInChecks.Catalog.Find("iam-resource-policy-lint-no-errors")!;
        var context = new CheckContext(snapshot, DateTimeOffset.UnixEpoch, CheckSettings.Default);
        return ScanEngine.Evaluate(snapshot, [check], context, CancellationToken.None).ToDictionary(f => f.Resource!.AccountId, f => f);
    }
}
