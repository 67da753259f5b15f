namespace Vigil.Iam.Policies;

/// <summary>Literal text (with wildcard markers) or a policy variable with an optional default.</summary>
internal readonly record struct TemplatePart(string Text, bool IsVariable, string? Default);
