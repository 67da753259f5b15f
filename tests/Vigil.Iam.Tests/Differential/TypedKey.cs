using Vigil.Iam.Catalog;

namespace Vigil.Iam.Tests.Differential;

/// <summary>A concrete condition key (tag-key placeholders filled in) with the value type AWS documents for it.</summary>
internal sealed record TypedKey(string Name, ConditionKeyType Type)
{
    public bool IsMultiValued => Type is ConditionKeyType.ArrayOfString or ConditionKeyType.ArrayOfArn or ConditionKeyType.ArrayOfBool
        or ConditionKeyType.ArrayOfNumeric or ConditionKeyType.ArrayOfDate or ConditionKeyType.ArrayOfIPAddress or ConditionKeyType.ArrayOfBinary;

    /// <summary>The type of one value: ArrayOfString → String.</summary>
    public ConditionKeyType ElementType => Type switch
    {
        ConditionKeyType.ArrayOfString => ConditionKeyType.String,
        ConditionKeyType.ArrayOfArn => ConditionKeyType.Arn,
        ConditionKeyType.ArrayOfBool => ConditionKeyType.Bool,
        ConditionKeyType.ArrayOfNumeric => ConditionKeyType.Numeric,
        ConditionKeyType.ArrayOfDate => ConditionKeyType.Date,
        ConditionKeyType.ArrayOfIPAddress => ConditionKeyType.IPAddress,
        ConditionKeyType.ArrayOfBinary => ConditionKeyType.Binary,
        _ => Type,
    };
}
