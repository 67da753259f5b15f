namespace Vigil.Access.Privesc;

/// <summary>A privilege-escalation technique: a stable id, its number in the technique catalogue of docs/access-privesc.md
/// (the 51 techniques of iam.md §4.2) and what it does.</summary>
public sealed record Technique(string Id, int Number, string Title);
