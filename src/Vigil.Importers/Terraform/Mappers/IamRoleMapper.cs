using Vigil.Core.Model.Iam;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_iam_role with its inline and attached policies and the instance profiles that carry it.</summary>
internal sealed class IamRoleMapper : IResourceMapper
{
    public string Type => "aws_iam_role";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var trust = context.Read(instance, "assume_role_policy");
        unknowns.Track("TrustPolicy", trust);
        var boundary = context.Read(instance, "permissions_boundary");
        unknowns.Track("PermissionsBoundaryArn", boundary);
        var role = new IamRole
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            Path = context.Read(instance, "path").String ?? "/",
            TrustPolicy = trust.String,
            PermissionsBoundaryArn = context.Text(boundary),
            MaxSessionDuration = context.Read(instance, "max_session_duration").Int ?? 3600,
            InlinePolicies = IamAttachments.Inline(instance, "role", context, unknowns),
            AttachedPolicies = IamAttachments.Attached(instance, "role", context, unknowns),
            InstanceProfileArns = context.Joined(instance, "aws_iam_instance_profile", "role").Select(p => context.Identity(p).Arn).ToList(),
        };
        context.Add(role, unknowns);
    }
}
