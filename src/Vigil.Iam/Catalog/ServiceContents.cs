namespace Vigil.Iam.Catalog;

/// <summary>The actions, resource types and condition keys of one service, read when the service is first used.</summary>
internal sealed class ServiceContents
{
    private readonly Dictionary<string, IamAction> _byName;

    public ServiceContents(IamAction[] actions, ResourceType[] resourceTypes, ConditionKey[] conditionKeys)
    {
        Actions = actions;
        ResourceTypes = resourceTypes;
        ConditionKeys = conditionKeys;
        _byName = new Dictionary<string, IamAction>(actions.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var action in actions) _byName.TryAdd(action.Name, action);
        ByName = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IamAction[] Actions { get; }

    public ResourceType[] ResourceTypes { get; }

    public ConditionKey[] ConditionKeys { get; }

    public Dictionary<string, IamAction>.AlternateLookup<ReadOnlySpan<char>> ByName { get; }
}
