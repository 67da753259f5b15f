using Vigil.Core.Model;

namespace Vigil.Access.Exposure;

/// <summary>Builds <see cref="ExposedResource"/>s from snapshot resources.</summary>
public static class ExposedResources
{
    public static ExposedResource Of(Resource resource, IReadOnlyList<ExposureGrant> grants, IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return new ExposedResource
        {
            ResourceType = resource.ResourceType,
            Arn = resource.Arn,
            Name = resource.Name,
            AccountId = resource.AccountId,
            Region = resource.Region,
            Grants = grants,
            Problems = problems,
        };
    }
}
