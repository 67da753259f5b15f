namespace Vigil.Core.Model.Elb;

/// <summary>An Elastic Load Balancing v2 load balancer (application, network or gateway).</summary>
public sealed record LoadBalancer : Resource
{
    public override string ResourceType => ResourceTypes.LoadBalancer;

    /// <summary>application, network or gateway.</summary>
    public required string Type { get; init; }
    /// <summary>internet-facing or internal.</summary>
    public string Scheme { get => field ?? "internet-facing"; init; }
    public string? DnsName { get; init; }
    public string? VpcId { get; init; }
    public IReadOnlyList<string> AvailabilityZones { get => field ?? []; init; }
    public IReadOnlyList<string> SecurityGroupIds { get => field ?? []; init; }
    public IReadOnlyList<Listener> Listeners { get => field ?? []; init; }
    public bool DeletionProtection { get; init; }
    public bool AccessLogsEnabled { get; init; }
    public bool DropInvalidHeaderFields { get; init; }
    /// <summary>monitor, defensive or strictest.</summary>
    public string? DesyncMitigationMode { get; init; }
    /// <summary>The AWS WAF (v2) web ACL associated with an application load balancer, or null when none is.</summary>
    public string? WebAclArn { get; init; }

    public bool IsApplication => Type == "application";
    public bool IsInternetFacing => Scheme == "internet-facing";
}
