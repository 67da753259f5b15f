using Vigil.Core.Model.Iam;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>The Roles, Users and Groups of an AWS::IAM::ManagedPolicy: the policy is attached to each, and its
/// AttachmentCount counts every principal of the template that has it attached.</summary>
internal sealed class IamManagedPolicyAttachmentMapper : IResourceMapper
{
    private const string Property = "AttachedPolicies";

    public string Type => "AWS::IAM::ManagedPolicy";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        var attached = new AttachedPolicy(r.Name, r.Arn);
        IamPrincipals.Each(r, context, Property, (type, arn) =>
        {
            if (type == typeof(IamRole)) context.Join<IamRole>(r, arn, Property, p => p with { AttachedPolicies = [.. p.AttachedPolicies, attached] });
            else if (type == typeof(IamUser)) context.Join<IamUser>(r, arn, Property, p => p with { AttachedPolicies = [.. p.AttachedPolicies, attached] });
            else context.Join<IamGroup>(r, arn, Property, p => p with { AttachedPolicies = [.. p.AttachedPolicies, attached] });
        });
        var builder = context.Builder;
        var count = builder.Resources<IamRole>().Count(p => p.AttachedPolicies.Any(a => a.PolicyArn == r.Arn))
            + builder.Resources<IamUser>().Count(p => p.AttachedPolicies.Any(a => a.PolicyArn == r.Arn))
            + builder.Resources<IamGroup>().Count(p => p.AttachedPolicies.Any(a => a.PolicyArn == r.Arn));
        context.Update<ManagedPolicy>(r.Arn, p => p with { AttachmentCount = count });
    }
}
