using Amazon.Runtime;
using Vigil.Aws.Credentials;
using Vigil.Aws.Signing;

namespace Vigil.Aws.Tests.Credentials;

public sealed class CredentialTests
{
    [Fact]
    public async Task SdkCredentialSource_PassesKeysAndSessionTokenToTheSigner()
    {
        var source = new SdkCredentialSource(new SessionAWSCredentials("AKID", "secret", "token"));

        Assert.Equal(new SigningCredentials("AKID", "secret", "token"), await source.GetAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SdkCredentialSource_LongTermKeys_HaveNoSessionToken()
    {
        var source = new SdkCredentialSource(new BasicAWSCredentials("AKID", "secret"));

        Assert.Null((await source.GetAsync(CancellationToken.None)).SessionToken);
    }

    [Fact]
    public async Task Resolve_UnknownProfile_SaysSoAndSuggestsTheDemo()
    {
        var error = await Assert.ThrowsAsync<AwsCredentialsException>(() =>
            AwsCredentialResolver.ResolveAsync(new CredentialOptions { Profile = "vigil-test-profile-that-does-not-exist" }, CancellationToken.None));

        Assert.Contains("'vigil-test-profile-that-does-not-exist'", error.Message, StringComparison.Ordinal);
        Assert.Contains("--demo", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arn:aws:iam::123456789012:user/not-a-role")]
    [InlineData("my-role")]
    public async Task Resolve_RoleArnThatIsNotARole_IsAnError(string roleArn)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            AwsCredentialResolver.ResolveAsync(new CredentialOptions { RoleArn = roleArn }, CancellationToken.None));

        Assert.Contains(roleArn, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_ExternalIdWithoutRole_IsAnError() =>
        await Assert.ThrowsAsync<ArgumentException>(() =>
            AwsCredentialResolver.ResolveAsync(new CredentialOptions { ExternalId = "x" }, CancellationToken.None));

    [Fact]
    public void DefaultRegion_ComesFromTheEnvironmentFirst()
    {
        var environment = new Dictionary<string, string> { ["AWS_REGION"] = "eu-north-1", ["AWS_DEFAULT_REGION"] = "us-west-1" };

        Assert.Equal("eu-north-1", AwsCredentialResolver.DefaultRegion(null, environment.GetValueOrDefault));
        Assert.Equal("us-west-1", AwsCredentialResolver.DefaultRegion(null, name => name == "AWS_DEFAULT_REGION" ? "us-west-1" : null));
    }
}
