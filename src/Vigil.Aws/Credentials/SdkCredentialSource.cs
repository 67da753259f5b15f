using Amazon.Runtime;
using Vigil.Aws.Signing;

namespace Vigil.Aws.Credentials;

/// <summary>Credentials from AWSSDK.Core, which caches them and refreshes temporary ones before they expire.</summary>
public sealed class SdkCredentialSource(AWSCredentials credentials) : ICredentialSource
{
    public async ValueTask<SigningCredentials> GetAsync(CancellationToken cancellationToken)
    {
        var current = await credentials.GetCredentialsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        return new SigningCredentials(current.AccessKey, current.SecretKey, current.UseToken ? current.Token : null);
    }
}
