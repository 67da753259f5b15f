using Vigil.Core.Model;

namespace Vigil.Access.Exposure;

/// <summary>The exposure of a resource through its resource policy. A policy that could not be collected or parsed is a
/// problem of the resource, never "not exposed"; a missing policy means none when <c>alwaysHasPolicy</c> is false.</summary>
public static class PolicyResourceExposure
{
    public static ExposedResource? Of(ExposureScope scope, Resource resource, string? policy, string property, ExposureTarget target, bool alwaysHasPolicy)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(resource);
        if (resource.Unreadable.Contains(property, StringComparer.OrdinalIgnoreCase))
            return Problem(resource, $"the {target.PolicyKind} could not be read");
        if (policy is null)
            return alwaysHasPolicy ? Problem(resource, $"the {target.PolicyKind} was not collected") : null;
        var result = scope.Policies.Analyse(resource.Arn, resource.AccountId, policy, target);
        if (result.Problem is { } problem) return Problem(resource, problem);
        return result.Grants.Count == 0 ? null : ExposedResources.Of(resource, result.Grants, []);
    }

    private static ExposedResource Problem(Resource resource, string problem) => ExposedResources.Of(resource, [], [problem]);
}
