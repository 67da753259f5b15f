using Vigil.Core.Model.Elb;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::WAFv2::WebACLAssociation with a load balancer: its web ACL.</summary>
internal sealed class WebAclAssociationMapper : IResourceMapper
{
    public string Type => "AWS::WAFv2::WebACLAssociation";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<LoadBalancer>(r.Value("ResourceArn")) is not { } balancer) return;
        var webAcl = r.String("WebAclArn", "WebACLArn");
        context.Join<LoadBalancer>(r, balancer, "WebAclArn", b => b with { WebAclArn = webAcl });
    }
}
