namespace Vigil.Core.Findings;

/// <summary>Why a finding is muted: the suppression rule's reason and its expiry.</summary>
public sealed record MuteDecision(string Reason, DateOnly? Expires, int RuleIndex);
