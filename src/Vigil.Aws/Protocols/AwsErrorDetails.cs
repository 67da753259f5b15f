namespace Vigil.Aws.Protocols;

/// <summary>What an error response said: its code, message and request id.</summary>
public sealed record AwsErrorDetails(string Code, string Message, string? RequestId);
