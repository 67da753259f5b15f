namespace Vigil.Iam.Discovery;

/// <summary>One condition clause of a statement as written: operator (with its set qualifier and IfExists), key and values.</summary>
public sealed record ConditionDescription(string Operator, string Key, IReadOnlyList<string> Values);
