namespace Vigil.Aws.Signing;

/// <summary>The key pair (and session token) a request is signed with. Never logged: <see cref="ToString"/> shows
/// only the access key id.</summary>
public sealed record SigningCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken = null)
{
    public override string ToString() => $"SigningCredentials {{ AccessKeyId = {AccessKeyId} }}";
}
