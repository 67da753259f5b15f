namespace Vigil.Iam.Catalog;

/// <summary>The value type of a condition key as the Service Authorization Reference declares it.</summary>
public enum ConditionKeyType
{
    String,
    ArrayOfString,
    Arn,
    ArrayOfArn,
    Bool,
    ArrayOfBool,
    Numeric,
    ArrayOfNumeric,
    Date,
    ArrayOfDate,
    IPAddress,
    ArrayOfIPAddress,
    Binary,
    ArrayOfBinary,
}
