namespace Vigil.Iam;

/// <summary>A decision and the statements that decided it (the denies for an explicit deny, the allows for an allow).</summary>
public sealed record AuthorizationResult(Decision Decision, IReadOnlyList<MatchedStatement> MatchedStatements);
