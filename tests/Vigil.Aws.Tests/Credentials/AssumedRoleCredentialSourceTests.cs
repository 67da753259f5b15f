using System.Net;
using Vigil.Aws.Credentials;
using Vigil.Aws.Execution;
using Vigil.Aws.Signing;
using Vigil.Aws.Tests.Execution;

namespace Vigil.Aws.Tests.Credentials;

public sealed class AssumedRoleCredentialSourceTests
{
    private const string RoleArn = "arn:aws:iam::222233334444:role/OrganizationAccountAccessRole";

    [Fact]
    public async Task GetAsync_AssumesTheRoleOnce_AndRenewsShortlyBeforeExpiry()
    {
        using var harness = new ClientHarness((attempt, _, _, _) => Task.FromResult(ScriptedHandler.Respond(HttpStatusCode.OK, $"""
            <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>
            <Credentials><AccessKeyId>ASIA{attempt}</AccessKeyId><SecretAccessKey>secret{attempt}</SecretAccessKey>
            <SessionToken>token{attempt}</SessionToken><Expiration>2025-01-01T01:00:00Z</Expiration></Credentials>
            <AssumedRoleUser><Arn>arn:aws:sts::222233334444:assumed-role/OrganizationAccountAccessRole/vigil</Arn><AssumedRoleId>AROA:vigil</AssumedRoleId></AssumedRoleUser>
            </AssumeRoleResult></AssumeRoleResponse>
            """)));
        using var source = new AssumedRoleCredentialSource(harness.Client, RoleArn, "ext-1", "vigil", "us-east-1", harness.Time);

        var first = await source.GetAsync(CancellationToken.None);
        var cached = await source.GetAsync(CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromMinutes(56));
        var renewed = await source.GetAsync(CancellationToken.None);

        Assert.Equal(new SigningCredentials("ASIA1", "secret1", "token1"), first);
        Assert.Same(first, cached);
        Assert.Equal("ASIA2", renewed.AccessKeyId);
        Assert.Equal(2, harness.Handler.Received.Count);
        Assert.Equal("Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A222233334444%3Arole%2FOrganizationAccountAccessRole&RoleSessionName=vigil&ExternalId=ext-1",
            harness.Handler.Received[0].Body);
    }

    [Fact]
    public async Task GetAsync_RoleThatCannotBeAssumed_IsTheAssumeRoleError()
    {
        using var harness = new ClientHarness((_, _, _, _) => Task.FromResult(ScriptedHandler.Respond(HttpStatusCode.Forbidden,
            "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not authorized to perform: sts:AssumeRole</Message></Error></ErrorResponse>")));
        using var source = new AssumedRoleCredentialSource(harness.Client, RoleArn, null, "vigil", "us-east-1", harness.Time);

        var error = await Assert.ThrowsAsync<AwsServiceException>(async () => await source.GetAsync(CancellationToken.None));

        Assert.Equal(("sts", "AssumeRole", "AccessDenied"), (error.Service, error.Operation, error.ErrorCode));
    }
}
