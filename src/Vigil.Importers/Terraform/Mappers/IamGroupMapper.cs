using Vigil.Core.Model.Iam;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_iam_group with its inline and attached policies.</summary>
internal sealed class IamGroupMapper : IResourceMapper
{
    public string Type => "aws_iam_group";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var group = new IamGroup
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Location = context.Location(instance),
            Path = context.Read(instance, "path").String ?? "/",
            InlinePolicies = IamAttachments.Inline(instance, "group", context, unknowns),
            AttachedPolicies = IamAttachments.Attached(instance, "group", context, unknowns),
        };
        context.Add(group, unknowns);
    }
}
