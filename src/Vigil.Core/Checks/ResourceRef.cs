using Vigil.Core.Model;

namespace Vigil.Core.Checks;

/// <summary>How a finding names the resource it is about.</summary>
public sealed record ResourceRef(string Arn, string Type, string Name, string? Region, string Account, SourceLocation? Location = null)
{
    public static ResourceRef Of(Resource resource) =>
        new(resource.Arn, resource.ResourceType, resource.Name, resource.Region, resource.AccountId, resource.Location);
}
