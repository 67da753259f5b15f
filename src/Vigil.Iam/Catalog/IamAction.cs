namespace Vigil.Iam.Catalog;

/// <summary>An action such as <c>s3:GetObject</c>. An action with no resource types applies only to <c>"Resource": "*"</c>.</summary>
public sealed class IamAction
{
    internal IamAction(string servicePrefix, string name, AccessLevel accessLevel, IReadOnlyList<ActionResourceType> resourceTypes,
        IReadOnlyList<ConditionKey> conditionKeys)
    {
        ServicePrefix = servicePrefix;
        Name = name;
        FullName = servicePrefix + ":" + name;
        AccessLevel = accessLevel;
        ResourceTypes = resourceTypes;
        ConditionKeys = conditionKeys;
        AllConditionKeys = Union(conditionKeys, resourceTypes);
    }

    public string ServicePrefix { get; }

    public string Name { get; }

    /// <summary>The service prefix and the action name, as a policy writes it: <c>s3:GetObject</c>.</summary>
    public string FullName { get; }

    public AccessLevel AccessLevel { get; }

    public IReadOnlyList<ActionResourceType> ResourceTypes { get; }

    /// <summary>The condition keys documented for the action itself, whatever the resource.</summary>
    public IReadOnlyList<ConditionKey> ConditionKeys { get; }

    /// <summary>The action's own condition keys followed by those documented for its resource types, each once.</summary>
    public IReadOnlyList<ConditionKey> AllConditionKeys { get; }

    public override string ToString() => FullName;

    private static IReadOnlyList<ConditionKey> Union(IReadOnlyList<ConditionKey> own, IReadOnlyList<ActionResourceType> resourceTypes)
    {
        List<ConditionKey>? keys = null;
        foreach (var resourceType in resourceTypes)
        {
            foreach (var key in resourceType.ConditionKeys)
            {
                keys ??= [.. own];
                if (!keys.Contains(key)) keys.Add(key);
            }
        }
        return keys is null ? own : keys.ToArray();
    }
}
