using Vigil.Core.Model.Iam;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_iam_instance_profile and the role it carries.</summary>
internal sealed class InstanceProfileMapper : IResourceMapper
{
    public string Type => "aws_iam_instance_profile";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var role = context.Read(instance, "role");
        unknowns.Track("RoleArns", role);
        var roleArn = role.Referenced is { } referenced
            ? context.Identity(referenced).Arn
            : role.String is { } name ? context.Index.OfType("aws_iam_role").Select(context.Identity).FirstOrDefault(r => r.Name == name)?.Arn
                ?? $"arn:aws:iam::{context.AccountId}:role/{name}" : null;
        context.Add(new InstanceProfile
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            RoleArns = roleArn is null ? [] : [roleArn],
        }, unknowns);
    }
}
