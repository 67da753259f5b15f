using Vigil.Aws.Signing;

namespace Vigil.Aws.Credentials;

/// <summary>Gives the credentials to sign the next request with (refreshing them when they expire).</summary>
public interface ICredentialSource
{
    ValueTask<SigningCredentials> GetAsync(CancellationToken cancellationToken);
}
