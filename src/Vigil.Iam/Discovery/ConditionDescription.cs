namespace Vigil.Iam.Discovery;

/// <summary>One condition clause of a statement as written: operator (with its set qualifier and IfExists), key and
/// values, and whether it holds: true or false when the request's context has the key, null when the context leaves
/// the key open (the answer then depends on the request).</summary>
public sealed record ConditionDescription(string Operator, string Key, IReadOnlyList<string> Values, bool? Holds = null);
