using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Sqs;

namespace Vigil.Checks.Tests.Policies;

/// <summary>Exposure verdicts are shared between accounts of the estate whose policies differ only by naming their own
/// queue and account — never when the policy reads a fact of the owner account itself.</summary>
public sealed class ExposureSharingAcrossAccountsTests
{
    private const string A = "111111111111";
    private const string B = "222222222222";

    private static string Policy(string account, string queue, string statement) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{account}}:root"},"Action":"sqs:*","Resource":"arn:aws:sqs:us-east-1:{{account}}:{{queue}}"},{{statement}}]}""";

    [Fact]
    public void TheSameForeignGrantInTwoAccounts_FailsInBothWithTheirOwnNames()
    {
        const string partner = """{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::777788889999:root"},"Action":"sqs:SendMessage","Resource":"*"}""";
        var findings = Evaluate("sqs-queue-policy-no-foreign-account-access",
            Queue(A, "orders", Policy(A, "orders", partner)), Queue(B, "billing", Policy(B, "billing", partner)));
        Assert.All(findings.Values, f => Assert.Equal(FindingStatus.Fail, f.Status));
        Assert.Contains("orders", findings[A].Message, StringComparison.Ordinal);
        Assert.Contains("billing", findings[B].Message, StringComparison.Ordinal);
        Assert.All(findings.Values, f => Assert.Contains("777788889999", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void AConditionOnTheOwnerAccount_IsJudgedPerAccount()
    {
        const string onlyFirst = """{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"*","Condition":{"StringLike":{"aws:ResourceAccount":"1111*"}}}""";
        var findings = Evaluate("sqs-queue-policy-no-public-access",
            Queue(A, "orders", Policy(A, "orders", onlyFirst)), Queue(B, "billing", Policy(B, "billing", onlyFirst)));
        Assert.Equal(FindingStatus.Fail, findings[A].Status);
        Assert.Equal(FindingStatus.Pass, findings[B].Status);
    }

    private static SqsQueue Queue(string account, string name, string policy) => new()
    {
        Arn = $"arn:aws:sqs:us-east-1:{account}:{name}",
        Name = name,
        AccountId = account,
        Region = "us-east-1",
        QueueUrl = $"https://sqs.us-east-1.amazonaws.com/{account}/{name}",
        Policy = policy,
    };

    private static Dictionary<string, Finding> Evaluate(string checkId, params SqsQueue[] queues)
    {
        var builder = new SnapshotBuilder().AddRange(queues);
        foreach (var account in queues.Select(q => q.AccountId))
            builder.Add(new Account { Arn = Account.ArnFor(account), Name = account, AccountId = account });
        var snapshot = builder.Build();
        var check = BuiltInChecks.Catalog.Find(checkId)!;
        var context = new CheckContext(snapshot, DateTimeOffset.UnixEpoch, CheckSettings.Default);
        return ScanEngine.Evaluate(snapshot, [check], context, CancellationToken.None).ToDictionary(f => f.Resource!.AccountId, f => f);
    }
}
