namespace Vigil.Core.Model.Ec2;

public sealed record ElasticIp : Resource
{
    public override string ResourceType => ResourceTypes.ElasticIp;

    public required string AllocationId { get; init; }
    public string? PublicIp { get; init; }
    public string? AssociationId { get; init; }
    public string? InstanceId { get; init; }

    public bool IsAssociated => AssociationId is not null;
}
