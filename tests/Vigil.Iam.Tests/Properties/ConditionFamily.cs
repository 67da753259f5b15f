namespace Vigil.Iam.Tests.Properties;

/// <summary>Condition operators of one type (string, numeric, date, ...) and the keys of that type.</summary>
internal sealed record ConditionFamily(string[] Operators, ConditionKeyChoice[] Keys);
