namespace Vigil.Iam;

/// <summary>A statement that took part in a decision: its policy label (identity[0], resource, boundary, scp[level][i], rcp[level][i], session), Sid and effect.</summary>
public sealed record MatchedStatement(string Policy, string? Sid, string Effect);
