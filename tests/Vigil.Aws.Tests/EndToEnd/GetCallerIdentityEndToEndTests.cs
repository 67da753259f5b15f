using Vigil.Aws.Credentials;
using Vigil.Aws.Execution;
using Vigil.Aws.Signing;
using Vigil.Aws.Sts;

namespace Vigil.Aws.Tests.EndToEnd;

public sealed class GetCallerIdentityEndToEndTests
{
    private static readonly SigningCredentials Known = new("AKIAE2EEXAMPLE", "e2e-secret-key", "e2e-session-token");

    [Fact]
    public async Task GetCallerIdentity_AgainstALocalEndpoint_IsSignedAndRead()
    {
        await using var endpoint = new SigningStsEndpoint(Known);
        using var client = new AwsClient(new StaticCredentialSource(Known), new AwsClientOptions { EndpointUrl = endpoint.Url, Environment = _ => null });

        var identity = await CallerIdentityReader.GetAsync(client, "eu-west-1", CancellationToken.None);

        Assert.Equal(new CallerIdentity("111122223333", "arn:aws:iam::111122223333:user/scanner", "AIDASCANNER"), identity);
        Assert.Equal(["valid"], endpoint.Verdicts);
    }

    [Fact]
    public async Task GetCallerIdentity_WithTheWrongSecret_IsRejectedAndReportedWithTheServiceCode()
    {
        await using var endpoint = new SigningStsEndpoint(Known);
        var wrong = Known with { SecretAccessKey = "not-the-secret" };
        using var client = new AwsClient(new StaticCredentialSource(wrong), new AwsClientOptions { EndpointUrl = endpoint.Url, Environment = _ => null });

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => CallerIdentityReader.GetAsync(client, "eu-west-1", CancellationToken.None));

        Assert.Equal(("SignatureDoesNotMatch", 403, "e2e-2"), (error.ErrorCode, error.HttpStatus, error.RequestId));
        Assert.Equal(["signature mismatch"], endpoint.Verdicts);
    }
}
