using Vigil.Core.Model.Elb;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::ElasticLoadBalancingV2::Listener: a listener of the load balancer it names. An HTTPS or TLS listener
/// without SslPolicy gets ELB's default policy, ELBSecurityPolicy-TLS13-1-2-2021-06
/// (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html).</summary>
internal sealed class ListenerMapper : IResourceMapper
{
    private const string Property = "Listeners";

    public string Type => "AWS::ElasticLoadBalancingV2::Listener";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<LoadBalancer>(r.Value("LoadBalancerArn")) is not { } balancer) return;
        r.Known(Property, "", r.Properties);
        var protocol = r.String(Property, "Protocol") ?? "HTTP";
        var action = r.Value("DefaultActions") is CfnList { Items: [CfnMap first, ..] } ? first : CfnMap.Empty;
        var listener = new Listener
        {
            Arn = r.Arn,
            Protocol = protocol,
            Port = r.Int(Property, "Port") ?? 0,
            SslPolicy = r.String(Property, "SslPolicy") ?? (protocol is "HTTPS" or "TLS" ? "ELBSecurityPolicy-TLS13-1-2-2021-06" : null),
            CertificateArns = r.Value("Certificates") is CfnList certificates
                ? certificates.Items.OfType<CfnMap>().Select(c => c["CertificateArn"]).OfType<CfnString>().Select(c => c.Value).ToList()
                : [],
            DefaultActionType = (action["Type"] as CfnString)?.Value,
            RedirectProtocol = (MappedResource.PathIn(action, "RedirectConfig.Protocol") as CfnString)?.Value,
        };
        context.Join<LoadBalancer>(r, balancer, Property, b => b with { Listeners = [.. b.Listeners, listener] });
    }
}
