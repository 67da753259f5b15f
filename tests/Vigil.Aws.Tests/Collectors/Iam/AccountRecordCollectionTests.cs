using System.Net;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.AlternateContacts;
using Vigil.Aws.Collectors.Iam;
using Vigil.Aws.Collectors.Organizations;
using Vigil.Aws.Execution;
using Vigil.Aws.Tests.Execution;

namespace Vigil.Aws.Tests.Collectors.Iam;

/// <summary>The IAM, Account and Organizations collectors all fill the one account record, concurrently, through one sink.</summary>
public sealed class AccountRecordCollectionTests
{
    [Fact]
    public async Task ConcurrentCollectors_MergeTheirAccountFields_AndTheirUnreadableProperties()
    {
        var aws = IamAccount.Script()
            .On("iam:GenerateCredentialReport", () => Wire.IamAccessDenied("iam:GenerateCredentialReport"))
            .On("account:GetAlternateContact", () => Wire.RestJsonError(HttpStatusCode.Forbidden, "AccessDeniedException", "not authorized to perform: account:GetAlternateContact"))
            .On("organizations:DescribeOrganization", () => Wire.Json("""{"Organization":{"Id":"o-exampleorgid","MasterAccountId":"111111111111"}}"""));
        using var harness = new ClientHarness(aws.AnswerAsync, new AwsClientOptions { AdaptiveRateLimiting = false });
        IResourceCollector[] collectors =
        [
            new IamCollector { CredentialReports = new CredentialReportReader(harness.Time, TimeSpan.FromSeconds(2), 5) },
            new AlternateContactCollector(),
            new OrganizationCollector(),
        ];

        var sink = new CollectionSink();
        var target = new CollectionTarget(harness.Client, CollectorRun.AccountId, "us-east-1");

        var snapshot = await harness.RunAsync(CollectAllAsync());

        async Task<Core.Model.Snapshot> CollectAllAsync()
        {
            await Task.WhenAll(collectors.Select(c => c.CollectAsync(target, sink, CancellationToken.None)));
            return sink.Build(["us-east-1"], harness.Time.GetUtcNow());
        }

        var account = Assert.Single(snapshot.Accounts);
        Assert.Equal(14, account.PasswordPolicy!.MinimumPasswordLength);
        Assert.Equal(("o-exampleorgid", false), (account.OrganizationId, account.IsOrganizationManagementAccount!.Value));
        Assert.True(account.RootMfaEnabled);
        Assert.Equal(["BillingContact", "CredentialReport", "OperationsContact", "SecurityContact"], account.Unreadable.Order());
        Assert.Equal(4, snapshot.Errors.Count);
        Assert.Single(snapshot.IamUsers);
    }
}
