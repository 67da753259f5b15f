namespace Vigil.Core.Model.Iam;

/// <summary>An inline policy embedded in a user, group or role, with its JSON document.</summary>
public sealed record InlinePolicy(string PolicyName, string Document);
