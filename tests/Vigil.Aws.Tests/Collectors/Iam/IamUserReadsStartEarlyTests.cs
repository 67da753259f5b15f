using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Iam;
using Vigil.Aws.Credentials;
using Vigil.Aws.Execution;
using Vigil.Aws.Signing;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;
using Vigil.ScriptedAws;
using Vigil.ScriptedAws.Accounts;
using Vigil.ScriptedAws.Faults;

namespace Vigil.Aws.Tests.Collectors.Iam;

/// <summary>IAM's per-user reads (access keys, MFA devices) are most of its calls under its low concurrency limit, so
/// they start as soon as the authorization-details page naming the user arrives, not after the last page.</summary>
public sealed class IamUserReadsStartEarlyTests
{
    private const string AccountId = "123456789012";

    [Fact]
    public async Task Collect_ReadsTheFirstPagesUsersWhileLaterPagesAreStillComing()
    {
        var builder = new SnapshotBuilder();
        builder.Region("us-east-1");
        builder.Add(new Account { Arn = Account.ArnFor(AccountId), Name = "scripted", AccountId = AccountId });
        foreach (var n in Enumerable.Range(1, 4))
        {
            builder.Add(new IamUser { Arn = $"arn:aws:iam::{AccountId}:user/u{n}", Name = $"u{n}", AccountId = AccountId, AccessKeys = [new AccessKey { AccessKeyId = $"AKIA{n}", Status = "Active" }] });
        }
        await using var server = new FakeAwsServer(AccountScript.From(builder.Build(), AccountId), new FaultPlan { Latency = TimeSpan.FromMilliseconds(40) }, pageSize: 1);
        using var client = new AwsClient(new StaticCredentialSource(new SigningCredentials("AKIDTEST", "secret", null)),
            new AwsClientOptions { EndpointUrl = server.Url, Environment = _ => null });
        var sink = new CollectionSink();

        await new IamCollector().CollectAsync(new CollectionTarget(client, AccountId, "us-east-1"), sink, CancellationToken.None);

        var calls = server.Calls;
        var pages = calls.Where(c => c.Key == "iam:GetAccountAuthorizationDetails").ToList();
        var firstUserRead = calls.Where(c => c.Key == "iam:ListAccessKeys").Min(c => c.Received);
        Assert.Equal(4, pages.Count);
        Assert.True(firstUserRead < pages.Max(p => p.Answered), $"first ListAccessKeys at {firstUserRead}, last page answered at {pages.Max(p => p.Answered)}");
        Assert.Equal(4, sink.Build(["us-east-1"], DateTimeOffset.UnixEpoch).IamUsers.Count(u => u.AccessKeys.Count == 1));
    }
}
