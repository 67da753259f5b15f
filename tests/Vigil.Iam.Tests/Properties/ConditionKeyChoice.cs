namespace Vigil.Iam.Tests.Properties;

/// <summary>A condition key, the value lists a request may carry for it, and operands a policy may compare it with.</summary>
internal sealed record ConditionKeyChoice(string Key, string[][] ContextValues, string[] Operands);
