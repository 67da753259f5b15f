using Vigil.Core.Checks;
using Vigil.Core.Model;

namespace Vigil.Core.Engine;

/// <summary>The snapshot's collection errors arranged for the questions the engine asks.</summary>
internal sealed class CollectionErrorIndex
{
    private readonly Dictionary<(string Account, string Type), List<CollectionError>> _listingErrors = [];
    private readonly Dictionary<(string Arn, string Property), CollectionError> _propertyErrors = [];
    private readonly HashSet<string> _accountsWithListingErrors = new(StringComparer.Ordinal);

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
                var key = (error.AccountId, error.ResourceType);
                if (!_listingErrors.TryGetValue(key, out var list)) _listingErrors[key] = list = [];
                list.Add(error);
                _accountsWithListingErrors.Add(error.AccountId);
            }
        }
        IsEmpty = errors.Count == 0;
    }

    public bool IsEmpty { get; }

    /// <summary>Listing errors for a resource type in an account.</summary>
    public IReadOnlyList<CollectionError> ListingErrors(string accountId, string resourceType) =>
        _listingErrors.TryGetValue((accountId, resourceType), out var list) ? list : [];

    public IEnumerable<CollectionError> AllListingErrors(string resourceType) =>
        _listingErrors.Where(e => e.Key.Type == resourceType).SelectMany(e => e.Value);

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
        if (!_accountsWithListingErrors.Contains(resource.AccountId)) return null;
        foreach (var typeName in needs.ListedTypeNames)
        {
            foreach (var error in ListingErrors(resource.AccountId, typeName))
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
