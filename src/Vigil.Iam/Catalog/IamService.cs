namespace Vigil.Iam.Catalog;

/// <summary>A service prefix (<c>s3</c>) with its actions, resource types and condition keys.</summary>
public sealed class IamService
{
    internal IamService(string prefix, string name, bool supportsResourceControlPolicies, IReadOnlyList<IamAction> actions,
        IReadOnlyList<ResourceType> resourceTypes, IReadOnlyList<ConditionKey> conditionKeys)
    {
        Prefix = prefix;
        Name = name;
        SupportsResourceControlPolicies = supportsResourceControlPolicies;
        Actions = actions;
        ResourceTypes = resourceTypes;
        ConditionKeys = conditionKeys;
    }

    public string Prefix { get; }

    public string Name { get; }

    public bool SupportsResourceControlPolicies { get; }

    public IReadOnlyList<IamAction> Actions { get; }

    public IReadOnlyList<ResourceType> ResourceTypes { get; }

    public IReadOnlyList<ConditionKey> ConditionKeys { get; }

    public override string ToString() => Prefix;
}
