using Vigil.Core.Model.Elb;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_lb / aws_alb with their listeners (aws_lb_listener / aws_alb_listener) and AWS WAF association
/// (aws_wafv2_web_acl_association). A load balancer has one subnet per Availability Zone, so a subnet outside the plan
/// stands for an Availability Zone of its own. Defaults: application type, internet-facing, desync mitigation
/// defensive, access logs off, deletion protection off.</summary>
internal sealed class LoadBalancerMapper(string type) : IResourceMapper
{
    public string Type => type;

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var lbType = context.Read(instance, "load_balancer_type").String ?? "application";
        var waf = context.Joined(instance, "aws_wafv2_web_acl_association", "resource_arn").Select(a => context.Read(a, "web_acl_arn")).FirstOrDefault();
        if (waf.Path is not null) unknowns.Track("WebAclArn", waf);
        context.Add(new LoadBalancer
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            Type = lbType,
            Scheme = context.Read(instance, "internal").Bool == true ? "internal" : "internet-facing",
            AvailabilityZones = Zones(instance, context, unknowns),
            SecurityGroupIds = context.IdList(context.Read(instance, "security_groups")),
            Listeners = Listeners(instance, context, unknowns),
            DeletionProtection = context.Read(instance, "enable_deletion_protection").Bool ?? false,
            AccessLogsEnabled = context.Read(instance, "access_logs[0].enabled").Bool ?? false,
            DropInvalidHeaderFields = context.Read(instance, "drop_invalid_header_fields").Bool ?? false,
            DesyncMitigationMode = lbType == "application" ? context.Read(instance, "desync_mitigation_mode").String ?? "defensive" : null,
            WebAclArn = waf.Path is null ? null : context.Text(waf),
        }, unknowns);
    }

    private static List<string> Zones(PlanInstance instance, MappingContext context, Unknowns unknowns)
    {
        var subnets = context.Read(instance, "subnets");
        if (unknowns.Track("AvailabilityZones", subnets)) return [];
        var zones = new List<string>();
        if (subnets.Kind == PlanValueKind.Reference)
        {
            foreach (var subnet in subnets.AllReferenced!)
                zones.Add(context.Read(subnet, "availability_zone").String ?? $"(zone of {subnet.Address})");
        }
        else
        {
            zones.AddRange(subnets.Strings.Select(s => $"(zone of {s})"));
        }
        var mappings = context.Read(instance, "subnet_mapping");
        for (var i = 0; i < mappings.Items.Count; i++)
        {
            var subnet = context.Read(instance, $"subnet_mapping[{i}].subnet_id");
            zones.Add(subnet.Referenced is { } planned
                ? context.Read(planned, "availability_zone").String ?? $"(zone of {planned.Address})"
                : $"(zone of {subnet.String ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
        }
        return zones.Distinct(StringComparer.Ordinal).ToList();
    }

    private static List<Listener> Listeners(PlanInstance instance, MappingContext context, Unknowns unknowns)
    {
        var listeners = new List<Listener>();
        foreach (var listenerType in new[] { "aws_lb_listener", "aws_alb_listener" })
        {
            foreach (var listener in context.Joined(instance, listenerType, "load_balancer_arn"))
            {
                var certificate = context.Read(listener, "certificate_arn");
                unknowns.Track("Listeners", certificate);
                var protocol = context.Read(listener, "protocol").String ?? "HTTP";
                listeners.Add(new Listener
                {
                    Arn = context.Identity(listener).Arn,
                    Protocol = protocol,
                    Port = context.Read(listener, "port").Int ?? 80,
                    SslPolicy = context.Read(listener, "ssl_policy").String ?? (protocol is "HTTPS" or "TLS" ? "ELBSecurityPolicy-2016-08" : null),
                    CertificateArns = context.Text(certificate) is { } arn ? [arn] : [],
                    DefaultActionType = context.Read(listener, "default_action[0].type").String,
                    RedirectProtocol = context.Read(listener, "default_action[0].redirect[0].protocol").String,
                });
            }
        }
        return listeners;
    }
}
