using Vigil.Core.Model.Iam;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::IAM::Policy: an inline policy embedded in each role, user and group it names.</summary>
internal sealed class IamPolicyMapper : IResourceMapper
{
    private const string Property = "InlinePolicies";

    public string Type => "AWS::IAM::Policy";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        var known = r.Known(Property, "PolicyName") & r.Known(Property, "PolicyDocument");
        var policy = known && r.Value("PolicyDocument") is { } document
            ? new InlinePolicy((r.Value("PolicyName") as CfnString)?.Value ?? r.LogicalId, IamPolicies.Document(document))
            : null;
        IamPrincipals.Each(r, context, Property, (type, arn) =>
        {
            if (type == typeof(IamRole)) context.Join<IamRole>(r, arn, Property, p => policy is null ? p : p with { InlinePolicies = [.. p.InlinePolicies, policy] });
            else if (type == typeof(IamUser)) context.Join<IamUser>(r, arn, Property, p => policy is null ? p : p with { InlinePolicies = [.. p.InlinePolicies, policy] });
            else context.Join<IamGroup>(r, arn, Property, p => policy is null ? p : p with { InlinePolicies = [.. p.InlinePolicies, policy] });
        });
    }
}
