using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

/// <summary>A VPC has an endpoint for one AWS service (com.amazonaws.REGION.SERVICE).</summary>
internal abstract class VpcEndpointCheck : Check<Vpc>
{
    /// <summary>The service part of the endpoint name, e.g. "ec2" or "ecr.api".</summary>
    protected abstract string EndpointService { get; }

    public override IReadOnlyList<string>? Reads => ["EndpointServiceNames"];

    public override CheckOutcome Evaluate(Vpc vpc, CheckContext context)
    {
        var found = vpc.EndpointServiceNames.FirstOrDefault(IsEndpointFor(vpc.Region));
        return found is not null
            ? Pass($"VPC {vpc.VpcId} has a VPC endpoint for {found}.")
            : Fail($"VPC {vpc.VpcId} has no VPC endpoint for the {EndpointService} service.");
    }

    private Func<string, bool> IsEndpointFor(string? region) => name =>
        name.EndsWith("." + EndpointService, StringComparison.Ordinal)
        && name.Contains("amazonaws.", StringComparison.Ordinal)
        && (region is null || name.Contains($".{region}.", StringComparison.Ordinal));
}
