namespace Vigil.Core.Model.Ec2;

public sealed record Vpc : Resource
{
    public override string ResourceType => ResourceTypes.Vpc;

    public required string VpcId { get; init; }
    public string? CidrBlock { get; init; }
    public bool IsDefault { get; init; }
    public IReadOnlyList<FlowLog> FlowLogs { get => field ?? []; init; }
    /// <summary>Service names of the VPC endpoints (com.amazonaws.REGION.ec2, ...).</summary>
    public IReadOnlyList<string> EndpointServiceNames { get => field ?? []; init; }
}
