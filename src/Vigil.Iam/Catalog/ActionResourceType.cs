namespace Vigil.Iam.Catalog;

/// <summary>A resource type an action acts on; <see cref="ConditionKeys"/> are those documented for this pairing.</summary>
public sealed class ActionResourceType
{
    internal ActionResourceType(ResourceType resourceType, bool required, IReadOnlyList<ConditionKey> conditionKeys)
    {
        ResourceType = resourceType;
        Required = required;
        ConditionKeys = conditionKeys;
    }

    public ResourceType ResourceType { get; }

    public string Name => ResourceType.Name;

    public string ArnFormat => ResourceType.ArnFormat;

    public bool Required { get; }

    public IReadOnlyList<ConditionKey> ConditionKeys { get; }

    public override string ToString() => Required ? Name + "*" : Name;
}
