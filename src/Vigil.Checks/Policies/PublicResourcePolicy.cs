using Vigil.Access.Exposure;
using Vigil.Core.Checks;
using Vigil.Core.Model;

namespace Vigil.Checks.Policies;

/// <summary>The verdict of the "policy opens the resource to no one outside" checks: fail when the IAM engine allows
/// anyone or any AWS account one of the service's probe actions; a resource without a policy passes.</summary>
internal static class PublicResourcePolicy
{
    public static CheckOutcome Evaluate(Resource resource, string? document, CheckContext context, ExposureProbeSet probes, string policyKind)
    {
        if (document is null) return CheckOutcome.Pass($"{resource.Name} has no {policyKind}.");
        var exposure = ResourcePolicyExposure.Of(context, resource, document, probes);
        if (exposure.ParseError is { } error)
            return CheckOutcome.Error($"The {policyKind} of {resource.Name} could not be parsed: {error.TrimEnd('.')}.");
        if (exposure.Public(ExposureAccess.Any) is not { } grant)
            return CheckOutcome.Pass($"The {policyKind} of {resource.Name} allows neither anyone nor any AWS account.");
        return CheckOutcome.Fail($"The {policyKind} of {resource.Name} allows {grant.Who} {grant.ActionsFor(ExposureAccess.Any)}.");
    }
}
