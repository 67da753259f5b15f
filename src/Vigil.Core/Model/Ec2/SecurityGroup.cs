namespace Vigil.Core.Model.Ec2;

public sealed record SecurityGroup : Resource
{
    public override string ResourceType => ResourceTypes.SecurityGroup;

    public required string GroupId { get; init; }
    public string? VpcId { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<SecurityGroupRule> Ingress { get => field ?? []; init; }
    public IReadOnlyList<SecurityGroupRule> Egress { get => field ?? []; init; }
    /// <summary>How many network interfaces use the group; null when not collected.</summary>
    public int? AttachmentCount { get; init; }

    public bool IsDefault => Name == "default";
}
