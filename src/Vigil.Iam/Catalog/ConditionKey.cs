namespace Vigil.Iam.Catalog;

/// <summary>A condition key a service documents, such as <c>s3:prefix</c> or <c>aws:ResourceTag/${TagKey}</c>.</summary>
public sealed class ConditionKey
{
    internal ConditionKey(string name, ConditionKeyType type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public ConditionKeyType Type { get; }

    public bool IsMultiValued => Type is ConditionKeyType.ArrayOfString or ConditionKeyType.ArrayOfArn or ConditionKeyType.ArrayOfBool
        or ConditionKeyType.ArrayOfNumeric or ConditionKeyType.ArrayOfDate or ConditionKeyType.ArrayOfIPAddress or ConditionKeyType.ArrayOfBinary;

    public override string ToString() => Name;
}
