using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Tests.Checks.Iam;

public sealed class IamRoleTrustKnownAccountsTests
{
    private const string Scanned = "111111111111";
    private const string Vendor = "777788889999";
    private const string Other = "555566667777";

    private static readonly Snapshot Estate = new()
    {
        CollectedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
        Accounts = [new Account { Arn = Account.ArnFor(Scanned), Name = "prod", AccountId = Scanned }],
        IamRoles =
        [
            new IamRole
            {
                Arn = $"arn:aws:iam::{Scanned}:role/monitoring",
                Name = "monitoring",
                AccountId = Scanned,
                TrustPolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::VENDOR:root","OTHER"]},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"3f1e2d"}}}]}"""
                    .Replace("VENDOR", Vendor, StringComparison.Ordinal).Replace("OTHER", Other, StringComparison.Ordinal),
            },
        ],
    };

    [Fact]
    public void Evaluate_AccountsInTrustedAccounts_AreKnown()
    {
        var finding = Evaluate(CheckSettings.Default with { TrustedAccounts = [Vendor, Other] });

        Assert.Equal(FindingStatus.Pass, finding.Status);
    }

    [Fact]
    public void Evaluate_NamesOnlyTheAccountsMissingFromTrustedAccounts()
    {
        var finding = Evaluate(CheckSettings.Default with { TrustedAccounts = [Vendor] });

        Assert.Equal(FindingStatus.Fail, finding.Status);
        Assert.Contains(Other, finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Vendor, finding.Message, StringComparison.Ordinal);
    }

    private static Finding Evaluate(CheckSettings settings)
    {
        var check = BuiltInChecks.Catalog.Find("iam-role-trust-known-accounts")!;
        var context = new CheckContext(Estate, Estate.CollectedAt!.Value, settings);
        return Assert.Single(ScanEngine.Evaluate(Estate, [check], context, CancellationToken.None));
    }
}
