using Vigil.Core.Checks;
using Vigil.Core.Model;

namespace Vigil.Core.Engine;

/// <summary>The snapshot's collection errors arranged for the questions the engine asks.</summary>
internal sealed class CollectionErrorIndex
{
    // Nested string-keyed dictionaries rather than tuple keys: the engine asks for every finding, and string keys get
    // the fast non-randomised hash.
    private readonly Dictionary<string, Dictionary<string, List<CollectionError>>> _listingErrors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<List<CollectionError>>> _listingErrorsByType = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Arn, string Property), CollectionError> _propertyErrors = [];

    public CollectionErrorIndex(IReadOnlyList<CollectionError> errors)
    {
        foreach (var error in errors)
        {
            if (error.ResourceArn is not null)
            {
                _propertyErrors.TryAdd((error.ResourceArn, error.Property ?? ""), error);
            }
            else if (error.ResourceType is not null)
            {
                if (!_listingErrors.TryGetValue(error.AccountId, out var byType))
                    _listingErrors[error.AccountId] = byType = new Dictionary<string, List<CollectionError>>(StringComparer.Ordinal);
                if (!byType.TryGetValue(error.ResourceType, out var list))
                {
                    byType[error.ResourceType] = list = [];
                    if (!_listingErrorsByType.TryGetValue(error.ResourceType, out var ofType)) _listingErrorsByType[error.ResourceType] = ofType = [];
                    ofType.Add(list);
                }
                list.Add(error);
            }
        }
        IsEmpty = errors.Count == 0;
    }

    public bool IsEmpty { get; }

    /// <summary>Listing errors for a resource type in an account.</summary>
    public IReadOnlyList<CollectionError> ListingErrors(string accountId, string resourceType) =>
        _listingErrors.TryGetValue(accountId, out var byType) && byType.TryGetValue(resourceType, out var list) ? list : [];

    /// <summary>Whether the resource type could not be listed in some account or region.</summary>
    public bool HasListingErrors(string resourceType) => _listingErrorsByType.ContainsKey(resourceType);

    /// <summary>Listing errors for a resource type in every account, grouped by account in the order first seen.</summary>
    public IEnumerable<CollectionError> AllListingErrors(string resourceType) =>
        _listingErrorsByType.GetValueOrDefault(resourceType)?.SelectMany(list => list) ?? [];

    /// <summary>Why a resource cannot be judged by a check, or null when it can.</summary>
    public string? BlockingReason(CheckDataNeeds needs, Resource resource)
    {
        if (resource.Unreadable.Count > 0)
        {
            foreach (var property in resource.Unreadable)
            {
                if (needs.Reads is null || needs.Reads.Contains(property))
                {
                    var cause = _propertyErrors.GetValueOrDefault((resource.Arn, property)) ?? _propertyErrors.GetValueOrDefault((resource.Arn, ""));
                    if (cause is { IsUnknownBeforeDeployment: true })
                        return $"{property} of {resource.Name} cannot be determined from the {cause.Operation}: {cause.Message.TrimEnd('.')}.";
                    return $"{property} of {resource.Name} could not be read" +
                           (cause is null ? "." : $": {cause.Describe()}.");
                }
            }
        }
        if (needs.ListedTypeNames.Length == 0 || !_listingErrors.TryGetValue(resource.AccountId, out var byType)) return null;
        foreach (var typeName in needs.ListedTypeNames)
        {
            if (!byType.TryGetValue(typeName, out var errors)) continue;
            foreach (var error in errors)
            {
                if (error.Region is null || resource.Region is null || error.Region == resource.Region)
                {
                    return $"{typeName} resources could not be listed in account {resource.AccountId}: {error.Describe()}.";
                }
            }
        }
        return null;
    }
}
