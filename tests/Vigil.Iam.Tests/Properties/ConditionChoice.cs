namespace Vigil.Iam.Tests.Properties;

/// <summary>A condition operator and key with the value lists a generated clause may compare against.</summary>
internal sealed record ConditionChoice(string Operator, string Key, string[][] ValueLists);
