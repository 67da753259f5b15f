using Vigil.Core.Model.Elb;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::ElasticLoadBalancingV2::LoadBalancer with the attribute defaults of ELB: no deletion protection, no
/// access logs, invalid headers kept, desync mitigation "defensive" for application load balancers
/// (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes).
/// Availability zones are those of its subnets declared in the template.</summary>
internal sealed class LoadBalancerMapper : IResourceMapper
{
    public string Type => "AWS::ElasticLoadBalancingV2::LoadBalancer";

    public void Map(MappedResource r, MappingContext context)
    {
        var type = r.String("Type", "Type") ?? "application";
        var attributes = r.Known("Attributes", "LoadBalancerAttributes") && r.Value("LoadBalancerAttributes") is CfnList list
            ? list.Items.OfType<CfnMap>().Where(a => a["Key"] is CfnString && a["Value"] is CfnString)
                .ToDictionary(a => ((CfnString)a["Key"]!).Value, a => ((CfnString)a["Value"]!).Value)
            : [];
        context.Add(new LoadBalancer
        {
            Arn = r.Arn,
            Name = r.Name,
            AccountId = r.Account,
            Region = r.Region,
            Tags = r.Tags(),
            Type = type,
            Scheme = r.String("Scheme", "Scheme") ?? "internet-facing",
            AvailabilityZones = Zones(r, context),
            SecurityGroupIds = r.Strings("SecurityGroupIds", "SecurityGroups"),
            DeletionProtection = attributes.GetValueOrDefault("deletion_protection.enabled") == "true",
            AccessLogsEnabled = attributes.GetValueOrDefault("access_logs.s3.enabled") == "true",
            DropInvalidHeaderFields = attributes.GetValueOrDefault("routing.http.drop_invalid_header_fields.enabled") == "true",
            DesyncMitigationMode = type == "application" ? attributes.GetValueOrDefault("routing.http.desync_mitigation_mode") ?? "defensive" : null,
        }, r);
    }

    private static List<string> Zones(MappedResource r, MappingContext context)
    {
        var subnets = r.Strings("AvailabilityZones", "Subnets").ToList();
        if (r.Known("AvailabilityZones", "SubnetMappings") && r.Value("SubnetMappings") is CfnList mappings)
            subnets.AddRange(mappings.Items.OfType<CfnMap>().Select(m => m["SubnetId"]).OfType<CfnString>().Select(s => s.Value));
        var zones = new List<string>();
        foreach (var subnet in subnets)
        {
            var declared = context.Declared(new CfnString(subnet), "AWS::EC2::Subnet");
            if (declared?.Properties["AvailabilityZone"] is CfnString zone) zones.Add(zone.Value);
            else
            {
                r.MarkUnknown("AvailabilityZones", declared is null
                    ? $"decided by the subnet {subnet}, which the template does not declare"
                    : $"the AvailabilityZone of subnet {declared.Declaration.LogicalId} is {(declared.Properties["AvailabilityZone"] as CfnUnknown)?.Reason ?? "chosen by EC2 at creation"}");
                return [];
            }
        }
        return zones.Distinct().ToList();
    }
}
