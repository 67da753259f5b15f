namespace Vigil.Core.Model.Ec2;

/// <summary>A transit gateway (DescribeTransitGateways) with the options that govern attachments.</summary>
public sealed record TransitGateway : Resource
{
    public override string ResourceType => ResourceTypes.TransitGateway;

    public required string TransitGatewayId { get; init; }
    /// <summary>pending, available, modifying, deleting or deleted.</summary>
    public string? State { get; init; }
    public string? OwnerId { get; init; }
    /// <summary>enable or disable: whether cross-account attachment requests are accepted automatically.</summary>
    public string? AutoAcceptSharedAttachments { get; init; }
    public string? DefaultRouteTableAssociation { get; init; }
    public string? DefaultRouteTablePropagation { get; init; }

    public bool AutoAcceptsAttachments => AutoAcceptSharedAttachments == "enable";
}
