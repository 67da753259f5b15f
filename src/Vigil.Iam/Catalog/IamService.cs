using System.Diagnostics.CodeAnalysis;

namespace Vigil.Iam.Catalog;

/// <summary>
/// A service prefix (<c>s3</c>) with its actions, resource types and condition keys. Those are read from the
/// catalog the first time the service is used, so that loading the catalog costs little.
/// </summary>
public sealed class IamService
{
    private readonly Lazy<ServiceContents> _contents;

    internal IamService(string prefix, string name, bool supportsResourceControlPolicies, int actionCount, ReadOnlyMemory<byte> contents)
    {
        Prefix = prefix;
        Name = name;
        SupportsResourceControlPolicies = supportsResourceControlPolicies;
        ActionCount = actionCount;
        _contents = new Lazy<ServiceContents>(() => ActionCatalogReader.ReadContents(prefix, actionCount, contents.Span),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Prefix { get; }

    public string Name { get; }

    public bool SupportsResourceControlPolicies { get; }

    public int ActionCount { get; }

    public IReadOnlyList<IamAction> Actions => _contents.Value.Actions;

    public IReadOnlyList<ResourceType> ResourceTypes => _contents.Value.ResourceTypes;

    public IReadOnlyList<ConditionKey> ConditionKeys => _contents.Value.ConditionKeys;

    /// <summary>Finds an action of this service by its name without the prefix (<c>GetObject</c>), ignoring case.</summary>
    public bool TryGetAction(string name, [NotNullWhen(true)] out IamAction? action)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryGetAction(name.AsSpan(), out action);
    }

    public bool TryGetAction(ReadOnlySpan<char> name, [NotNullWhen(true)] out IamAction? action) =>
        _contents.Value.ByName.TryGetValue(name, out action);

    public override string ToString() => Prefix;
}
