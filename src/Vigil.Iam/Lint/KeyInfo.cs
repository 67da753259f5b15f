using Vigil.Iam.Catalog;

namespace Vigil.Iam.Lint;

/// <summary>What the linter knows of a condition key: whether it is known at all, its type, and who documents it.</summary>
internal readonly record struct KeyInfo(bool Known, ConditionKeyType? Type, bool Global, bool Federation, string? Service)
{
    public static KeyInfo Unknown(string? service) => new(false, null, false, false, service);

    public bool IsMultiValued => Type is ConditionKeyType.ArrayOfString or ConditionKeyType.ArrayOfArn or ConditionKeyType.ArrayOfBool
        or ConditionKeyType.ArrayOfNumeric or ConditionKeyType.ArrayOfDate or ConditionKeyType.ArrayOfIPAddress or ConditionKeyType.ArrayOfBinary;
}
