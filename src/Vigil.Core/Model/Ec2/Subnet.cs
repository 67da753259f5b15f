namespace Vigil.Core.Model.Ec2;

public sealed record Subnet : Resource
{
    public override string ResourceType => ResourceTypes.Subnet;

    public required string SubnetId { get; init; }
    public required string VpcId { get; init; }
    public string? CidrBlock { get; init; }
    public string? AvailabilityZone { get; init; }
    public bool MapPublicIpOnLaunch { get; init; }
    public bool DefaultForAz { get; init; }
    /// <summary>True when its route table sends 0.0.0.0/0 to an internet gateway.</summary>
    public bool? HasInternetGatewayRoute { get; init; }
}
