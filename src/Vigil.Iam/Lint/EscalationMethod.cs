namespace Vigil.Iam.Lint;

/// <summary>A privilege-escalation method: the actions that, all allowed together, let a principal raise its privileges.</summary>
internal sealed record EscalationMethod(string Name, string[] Actions);
