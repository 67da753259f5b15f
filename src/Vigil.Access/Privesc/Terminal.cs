namespace Vigil.Access.Privesc;

/// <summary>How a principal finishes an escalation: cost 0 for an administrator, else the steps (last first) that give
/// administrative access (1: it changes itself or creates an administrator role; 2: it acts as a principal and changes that one).</summary>
internal sealed record Terminal(int Cost, IReadOnlyList<PrivescStep> Steps);
