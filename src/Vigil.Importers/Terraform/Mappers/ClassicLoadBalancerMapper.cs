using Vigil.Core.Model.Elb;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_elb (Classic Load Balancer). An HTTPS or SSL listener without a policy gets ELB's default security
/// policy ELBSecurityPolicy-2016-08; cross-zone load balancing is on and desync mitigation defensive by default.</summary>
internal sealed class ClassicLoadBalancerMapper : IResourceMapper
{
    private const string DefaultSecurityPolicy = "ELBSecurityPolicy-2016-08";

    public string Type => "aws_elb";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var zones = context.Read(instance, "availability_zones").Strings.ToList();
        var subnets = context.Read(instance, "subnets");
        if (zones.Count == 0)
        {
            zones.AddRange(subnets.Kind == PlanValueKind.Reference
                ? subnets.AllReferenced!.Select(s => context.Read(s, "availability_zone").String ?? $"(zone of {s.Address})")
                : subnets.Strings.Select(s => $"(zone of {s})"));
        }
        var listeners = context.Read(instance, "listener");
        unknowns.Track("Listeners", listeners);
        context.Add(new ClassicLoadBalancer
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            Scheme = context.Read(instance, "internal").Bool == true ? "internal" : "internet-facing",
            AvailabilityZones = zones.Distinct(StringComparer.Ordinal).ToList(),
            Listeners = listeners.Items.Select(l =>
            {
                var protocol = (JsonFields.Text(l, "lb_protocol") ?? "HTTP").ToUpperInvariant();
                return new ClassicListener
                {
                    Protocol = protocol,
                    LoadBalancerPort = JsonFields.Number(l, "lb_port") ?? 0,
                    InstanceProtocol = JsonFields.Text(l, "instance_protocol")?.ToUpperInvariant(),
                    InstancePort = JsonFields.Number(l, "instance_port") ?? 0,
                    SslCertificateId = JsonFields.Text(l, "ssl_certificate_id"),
                    PolicyName = protocol is "HTTPS" or "SSL" ? DefaultSecurityPolicy : null,
                };
            }).ToList(),
            AccessLogsEnabled = context.Read(instance, "access_logs").Items.Count > 0 && context.Read(instance, "access_logs[0].enabled").Bool != false,
            ConnectionDrainingEnabled = context.Read(instance, "connection_draining").Bool ?? false,
            CrossZoneLoadBalancingEnabled = context.Read(instance, "cross_zone_load_balancing").Bool ?? true,
            DesyncMitigationMode = context.Read(instance, "desync_mitigation_mode").String ?? "defensive",
            SecurityGroupIds = context.IdList(context.Read(instance, "security_groups")),
        }, unknowns);
    }
}
