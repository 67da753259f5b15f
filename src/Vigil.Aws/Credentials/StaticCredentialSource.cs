using Vigil.Aws.Signing;

namespace Vigil.Aws.Credentials;

/// <summary>Fixed credentials (tests, and callers that resolved them elsewhere).</summary>
public sealed class StaticCredentialSource(SigningCredentials credentials) : ICredentialSource
{
    public ValueTask<SigningCredentials> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(credentials);
}
