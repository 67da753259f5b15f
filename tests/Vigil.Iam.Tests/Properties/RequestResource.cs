namespace Vigil.Iam.Tests.Properties;

/// <summary>A concrete resource a request can name, and the account that owns it (null: read from the ARN).</summary>
internal sealed record RequestResource(string Arn, string? Owner);
