namespace Vigil.Aws.Credentials;

/// <summary>No usable credentials: none found, an unknown profile, or a role that could not be assumed. The CLI
/// reports the message and exits with code 2. The message never contains secrets.</summary>
public sealed class AwsCredentialsException(string message, Exception? inner = null) : Exception(message, inner);
