using Vigil.Core.Model;
using Vigil.Core.Model.Elb;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::ElasticLoadBalancing::LoadBalancer: DescribeLoadBalancers' classic load balancer, with the
/// supplementary LoadBalancerAttributes. A listener's security policy is known when the listener names a predefined
/// policy (ELBSecurityPolicy-...); AWS Config does not record what a custom policy references.</summary>
internal sealed class ClassicLoadBalancerItems : IConfigItemMapper
{
    public string ResourceType => ResourceTypes.ClassicLoadBalancer;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var name = c.Text("loadBalancerName") ?? item.Name;
        var attributes = item.Supplement("LoadBalancerAttributes");
        var listeners = c.Items("listenerDescriptions").Select(d => new ClassicListener
        {
            Protocol = d.Object("listener").Text("protocol") ?? "TCP",
            LoadBalancerPort = (int)(d.Object("listener").Number("loadBalancerPort") ?? 0),
            InstanceProtocol = d.Object("listener").Text("instanceProtocol"),
            InstancePort = (int)(d.Object("listener").Number("instancePort") ?? 0),
            SslCertificateId = d.Object("listener").Text("sSLCertificateId"),
            PolicyName = d.Texts("policyNames").FirstOrDefault(p => p.StartsWith("ELBSecurityPolicy-", StringComparison.Ordinal)),
        }).ToList();
        var balancer = new ClassicLoadBalancer
        {
            Arn = item.Arn ?? ConfigNames.Arn(item, "elasticloadbalancing", $"loadbalancer/{name}"),
            Name = name,
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            Scheme = c.Text("scheme") ?? "internet-facing",
            DnsName = c.Text("dNSName"),
            AvailabilityZones = c.Texts("availabilityZones"),
            Listeners = listeners,
            AccessLogsEnabled = attributes.Object("accessLog").Flag("enabled") == true,
            ConnectionDrainingEnabled = attributes.Object("connectionDraining").Flag("enabled") == true,
            CrossZoneLoadBalancingEnabled = attributes.Object("crossZoneLoadBalancing").Flag("enabled") == true,
            DesyncMitigationMode = attributes.Items("additionalAttributes").FirstOrDefault(a => a.Text("key") == "elb.http.desyncmitigationmode").Text("value"),
            SecurityGroupIds = c.Texts("securityGroups"),
        };
        var missing = new MissingProperties("elasticloadbalancing", ResourceType)
            .AddIf(attributes is null, nameof(ClassicLoadBalancer.AccessLogsEnabled), "DescribeLoadBalancerAttributes")
            .AddIf(attributes is null, nameof(ClassicLoadBalancer.ConnectionDrainingEnabled), "DescribeLoadBalancerAttributes")
            .AddIf(attributes is null, nameof(ClassicLoadBalancer.CrossZoneLoadBalancingEnabled), "DescribeLoadBalancerAttributes")
            .AddIf(attributes is null || !attributes.Has("additionalAttributes"), nameof(ClassicLoadBalancer.DesyncMitigationMode), "DescribeLoadBalancerAttributes")
            .AddIf(listeners.Any(l => l.IsEncrypted && l.PolicyName is null), nameof(ClassicLoadBalancer.Listeners), "DescribeLoadBalancerPolicies",
                "an encrypted listener names a custom security policy whose reference AWS Config does not record");
        import.Add(import.Missing(balancer, missing.List));
    }
}
