namespace Vigil.Core.Model.Ec2;

public sealed record NetworkAcl : Resource
{
    public override string ResourceType => ResourceTypes.NetworkAcl;

    public required string NetworkAclId { get; init; }
    public string? VpcId { get; init; }
    public bool IsDefault { get; init; }
    public IReadOnlyList<NetworkAclEntry> Entries { get => field ?? []; init; }
    public IReadOnlyList<string> SubnetIds { get => field ?? []; init; }
}
