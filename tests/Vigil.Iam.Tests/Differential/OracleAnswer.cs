namespace Vigil.Iam.Tests.Differential;

/// <summary>iam-simulate's answer to one request: a decision (and the context keys it ignored), or the reason it rejected the input.</summary>
internal sealed record OracleAnswer(string? Decision, string? Error, IReadOnlyList<string> IgnoredContextKeys);
