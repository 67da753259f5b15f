using Vigil.Core.Model;
using Vigil.Core.Model.Elb;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::ElasticLoadBalancingV2::LoadBalancer: DescribeLoadBalancers' load balancer, its attributes when the
/// item carries them (supplementary LoadBalancerAttributes), and its listeners from the export's
/// AWS::ElasticLoadBalancingV2::Listener items.</summary>
internal sealed class LoadBalancerItems : IConfigItemMapper
{
    private const string ListenerType = "AWS::ElasticLoadBalancingV2::Listener";

    public string ResourceType => ResourceTypes.LoadBalancer;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var arn = c.Text("loadBalancerArn") ?? item.Arn ?? item.ResourceId;
        var attributes = Attributes(item);
        var recordsListeners = import.Records(ListenerType, item.AccountId, item.Region);
        var balancer = new LoadBalancer
        {
            Arn = arn,
            Name = c.Text("loadBalancerName") ?? item.Name,
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            Type = c.Text("type") ?? "application",
            Scheme = c.Text("scheme") ?? "internet-facing",
            DnsName = c.Text("dNSName"),
            VpcId = c.Text("vpcId"),
            AvailabilityZones = [.. c.Items("availabilityZones").Select(z => z.Text("zoneName")).OfType<string>()],
            SecurityGroupIds = c.Texts("securityGroups"),
            Listeners =
            [
                .. import.OfType(ListenerType).Where(l => l.Configuration.Text("loadBalancerArn") == arn).Select(l => Listener(l)),
            ],
            DeletionProtection = attributes?.GetValueOrDefault("deletion_protection.enabled") == "true",
            AccessLogsEnabled = attributes?.GetValueOrDefault("access_logs.s3.enabled") == "true",
            DropInvalidHeaderFields = attributes?.GetValueOrDefault("routing.http.drop_invalid_header_fields.enabled") == "true",
            DesyncMitigationMode = attributes?.GetValueOrDefault("routing.http.desync_mitigation_mode"),
        };
        var missing = new MissingProperties("elasticloadbalancing", ResourceType)
            .AddIf(!recordsListeners, nameof(LoadBalancer.Listeners), "DescribeListeners", "the export holds no AWS::ElasticLoadBalancingV2::Listener items for this account and region")
            .AddIf(attributes is null, nameof(LoadBalancer.DeletionProtection), "DescribeLoadBalancerAttributes")
            .AddIf(attributes is null, nameof(LoadBalancer.AccessLogsEnabled), "DescribeLoadBalancerAttributes")
            .AddIf(attributes is null, nameof(LoadBalancer.DropInvalidHeaderFields), "DescribeLoadBalancerAttributes")
            .AddIf(attributes is null, nameof(LoadBalancer.DesyncMitigationMode), "DescribeLoadBalancerAttributes")
            .Add(nameof(LoadBalancer.WebAclArn), "GetWebACLForResource", "web ACL associations are not part of AWS Config's load balancer item");
        import.Add(import.Missing(balancer, missing.List));
    }

    private static Dictionary<string, string>? Attributes(ConfigItem item)
    {
        if (item.Supplement("LoadBalancerAttributes") is not System.Text.Json.Nodes.JsonArray list) return null;
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in list)
        {
            if (attribute.Text("key") is { } key) attributes[key] = attribute.Text("value") ?? "";
        }
        return attributes;
    }

    private static Listener Listener(ConfigItem item)
    {
        var c = item.Configuration;
        var action = c.Items("defaultActions").FirstOrDefault();
        return new Listener
        {
            Arn = c.Text("listenerArn") ?? item.Arn ?? item.ResourceId,
            Protocol = c.Text("protocol") ?? "HTTP",
            Port = (int)(c.Number("port") ?? 0),
            SslPolicy = c.Text("sslPolicy"),
            CertificateArns = [.. c.Items("certificates").Select(x => x.Text("certificateArn")).OfType<string>()],
            DefaultActionType = action.Text("type"),
            RedirectProtocol = action.Object("redirectConfig").Text("protocol"),
        };
    }
}
