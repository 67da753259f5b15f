namespace Vigil.Iam.Tests.Properties;

/// <summary>One value of a Principal element under its type ("AWS", "Service").</summary>
internal sealed record PrincipalEntry(string Type, string Value);
