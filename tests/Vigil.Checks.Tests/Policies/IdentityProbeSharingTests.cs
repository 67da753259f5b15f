using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Tests.Policies;

/// <summary>The identity-policy probes (full admin, service wildcards, pass any role, decrypt all keys) ask the engine once
/// per policy shape across accounts, but never share a verdict a document could tell the accounts apart by.</summary>
public sealed class IdentityProbeSharingTests
{
    private const string A = "111111111111";
    private const string B = "222222222222";

    /// <summary>Everything on the resources of account <paramref name="account"/> (as the text gives it), and the probes
    /// that take no resource.</summary>
    private static string AdminIn(string account) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":["arn:aws:iam::{{account}}:*","arn:aws:ec2:*:{{account}}:*","arn:aws:kms:*:{{account}}:*","arn:aws:s3:::*"]},{"Effect":"Allow","Action":["organizations:*","vigilprobe:*"],"Resource":"*"}]}""";

    [Fact]
    public void TheSameShapeNamingEachOwnAccount_IsJudgedAlikeInBoth()
    {
        var findings = Evaluate("iam-policy-no-full-admin", Managed(A, AdminIn(A)), Managed(B, AdminIn(B)));
        Assert.Equal(FindingStatus.Fail, findings[A].Status);
        Assert.Equal(FindingStatus.Fail, findings[B].Status);
    }

    [Fact]
    public void APartialAccountPattern_IsJudgedPerAccount()
    {
        var findings = Evaluate("iam-policy-no-full-admin", Managed(A, AdminIn("1111*")), Managed(B, AdminIn("1111*")));
        Assert.Equal(FindingStatus.Fail, findings[A].Status);
        Assert.Equal(FindingStatus.Pass, findings[B].Status);
    }

    [Fact]
    public void AnAccountIdHiddenByAnEscape_IsJudgedPerAccount()
    {
        var escapedA = "\\u0031" + A[1..];
        var findings = Evaluate("iam-policy-no-full-admin", Managed(A, AdminIn(escapedA)), Managed(B, AdminIn(escapedA)));
        Assert.Equal(FindingStatus.Fail, findings[A].Status);
        Assert.Equal(FindingStatus.Pass, findings[B].Status);
    }

    [Fact]
    public void PassRoleOnOneAccountsRoles_IsJudgedPerAccount()
    {
        const string document = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::1111*:role/*"}]}""";
        var findings = Evaluate("iam-policy-no-passrole-any", Managed(A, document), Managed(B, document));
        Assert.Equal(FindingStatus.Fail, findings[A].Status);
        Assert.Equal(FindingStatus.Pass, findings[B].Status);
    }

    [Fact]
    public void AServiceWildcardNamingEachOwnAccount_IsReportedInBoth()
    {
        string Document(string account) =>
            $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:*","Resource":"arn:aws:sqs:*:{{account}}:*"}]}""";
        var findings = Evaluate("iam-policy-no-service-wildcard", Managed(A, Document(A)), Managed(B, Document(B)));
        Assert.All(findings.Values, f => Assert.Equal(FindingStatus.Fail, f.Status));
        Assert.All(findings.Values, f => Assert.Contains("every action of sqs", f.Message, StringComparison.Ordinal));
    }

    private static ManagedPolicy Managed(string account, string document) => new()
    {
        Arn = $"arn:aws:iam::{account}:policy/probe", Name = "probe", AccountId = account, Document = document, DefaultVersionId = "v1", AttachmentCount = 1,
    };

    private static Dictionary<string, Finding> Evaluate(string checkId, params ManagedPolicy[] policies)
    {
        var snapshot = new SnapshotBuilder().AddRange(policies).Build();
        var check = BuiltInChecks.Catalog.Find(checkId)!;
        var context = new CheckContext(snapshot, DateTimeOffset.UnixEpoch, CheckSettings.Default);
        return ScanEngine.Evaluate(snapshot, [check], context, CancellationToken.None).ToDictionary(f => f.Resource!.AccountId, f => f);
    }
}
