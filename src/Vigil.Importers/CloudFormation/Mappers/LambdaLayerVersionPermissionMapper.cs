using Vigil.Core.Model.Lambda;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.Policies;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::Lambda::LayerVersionPermission: one statement of the layer version's policy, written as Lambda writes it
/// for AddLayerVersionPermission (Principal an account id or "*", OrganizationId as an aws:PrincipalOrgID condition;
/// https://docs.aws.amazon.com/lambda/latest/dg/permissions-layer-cross-account.html).</summary>
internal sealed class LambdaLayerVersionPermissionMapper : IResourceMapper
{
    private const string Property = "Policy";

    public string Type => "AWS::Lambda::LayerVersionPermission";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<LambdaLayerVersion>(r.Value("LayerVersionArn")) is not { } layer) return;
        r.Known(Property, "", r.Properties);
        var statement = LayerPermissionStatement.Of(r.LogicalId, layer, r.String(Property, "Principal") ?? "*",
            r.String(Property, "Action") ?? "lambda:GetLayerVersion", r.String(Property, "OrganizationId"));
        context.Join<LambdaLayerVersion>(r, layer, Property, l => l with { Policy = LayerPermissionStatement.AddTo(l.Policy, statement) });
    }
}
