using Vigil.Core.Model.Elb;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::ElasticLoadBalancing::LoadBalancer with CloudFormation's defaults: cross-zone load balancing and
/// connection draining off, desync mitigation "defensive", and for an HTTPS/SSL listener without PolicyNames the
/// predefined ELBSecurityPolicy-2016-08.</summary>
internal sealed class ClassicLoadBalancerMapper : IResourceMapper
{
    public string Type => "AWS::ElasticLoadBalancing::LoadBalancer";

    public void Map(MappedResource r, MappingContext context)
    {
        var policies = r.Value("Policies") is CfnList list ? list.Items.OfType<CfnMap>().ToList() : [];
        context.Add(new ClassicLoadBalancer
        {
            Arn = r.Arn,
            Name = r.Name,
            AccountId = r.Account,
            Region = r.Region,
            Tags = r.Tags(),
            Scheme = r.String("Scheme", "Scheme") ?? "internet-facing",
            AvailabilityZones = r.Value("AvailabilityZones") is not null ? r.Strings("AvailabilityZones", "AvailabilityZones") : SubnetZones(r, context),
            Listeners = r.Known("Listeners", "Listeners") && r.Value("Listeners") is CfnList listeners
                ? listeners.Items.OfType<CfnMap>().Select(l => Listener(l, policies)).ToList()
                : [],
            AccessLogsEnabled = r.Bool("AccessLogsEnabled", "AccessLoggingPolicy.Enabled") ?? false,
            ConnectionDrainingEnabled = r.Bool("ConnectionDrainingEnabled", "ConnectionDrainingPolicy.Enabled") ?? false,
            CrossZoneLoadBalancingEnabled = r.Bool("CrossZoneLoadBalancingEnabled", "CrossZone") ?? false,
            DesyncMitigationMode = "defensive",
            SecurityGroupIds = r.Strings("SecurityGroupIds", "SecurityGroups"),
        }, r);
    }

    private static ClassicListener Listener(CfnMap listener, List<CfnMap> policies)
    {
        var protocol = ((listener["Protocol"] as CfnString)?.Value ?? "HTTP").ToUpperInvariant();
        var encrypted = protocol is "HTTPS" or "SSL";
        var named = MappedResource.StringsOf(listener["PolicyNames"]);
        var reference = policies.Where(p => p["PolicyName"] is CfnString { Value: var n } && named.Contains(n))
            .SelectMany(p => (p["Attributes"] as CfnList)?.Items.OfType<CfnMap>() ?? [])
            .Where(a => a["Name"] is CfnString { Value: "Reference-Security-Policy" })
            .Select(a => (a["Value"] as CfnString)?.Value).FirstOrDefault();
        return new ClassicListener
        {
            Protocol = protocol,
            LoadBalancerPort = int.TryParse((listener["LoadBalancerPort"] as CfnString)?.Value, out var port) ? port : 0,
            InstanceProtocol = (listener["InstanceProtocol"] as CfnString)?.Value,
            InstancePort = int.TryParse((listener["InstancePort"] as CfnString)?.Value, out var instancePort) ? instancePort : 0,
            SslCertificateId = (listener["SSLCertificateId"] as CfnString)?.Value,
            PolicyName = encrypted ? reference ?? (named.Count == 0 ? "ELBSecurityPolicy-2016-08" : named[0]) : null,
        };
    }

    private static List<string> SubnetZones(MappedResource r, MappingContext context)
    {
        var zones = new List<string>();
        foreach (var subnet in r.Strings("AvailabilityZones", "Subnets"))
        {
            if (context.Declared(new CfnString(subnet), "AWS::EC2::Subnet")?.Properties["AvailabilityZone"] is CfnString zone) zones.Add(zone.Value);
            else
            {
                r.MarkUnknown("AvailabilityZones", $"decided by the subnet {subnet}, whose availability zone the template does not state");
                return [];
            }
        }
        return zones.Distinct().ToList();
    }
}
