namespace Vigil.Core.Model.Elb;

public sealed record ClassicLoadBalancer : Resource
{
    public override string ResourceType => ResourceTypes.ClassicLoadBalancer;

    public string Scheme { get => field ?? "internet-facing"; init; }
    public string? DnsName { get; init; }
    public IReadOnlyList<string> AvailabilityZones { get => field ?? []; init; }
    public IReadOnlyList<ClassicListener> Listeners { get => field ?? []; init; }
    public bool AccessLogsEnabled { get; init; }
    public bool ConnectionDrainingEnabled { get; init; }
    public bool CrossZoneLoadBalancingEnabled { get; init; }
    public string? DesyncMitigationMode { get; init; }
    public IReadOnlyList<string> SecurityGroupIds { get => field ?? []; init; }
}
