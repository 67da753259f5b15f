using Vigil.Core.Model.Ecr;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_ecr_repository with its lifecycle and repository policies. Enhanced scanning is a registry setting
/// (aws_ecr_registry_scanning_configuration), not read: repositories are recorded without it.</summary>
internal sealed class EcrRepositoryMapper : IResourceMapper
{
    public string Type => "aws_ecr_repository";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var policy = context.Joined(instance, "aws_ecr_repository_policy", "repository").Select(p => context.Read(p, "policy")).FirstOrDefault();
        if (policy.Path is not null) unknowns.Track("Policy", policy);
        var region = context.Region(instance);
        context.Add(new EcrRepository
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = region,
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            RepositoryUri = $"{context.AccountId}.dkr.ecr.{region}.amazonaws.com/{identity.Name}",
            ScanOnPush = context.Read(instance, "image_scanning_configuration[0].scan_on_push").Bool ?? false,
            ImageTagMutability = context.Read(instance, "image_tag_mutability").String ?? "MUTABLE",
            HasLifecyclePolicy = context.Joined(instance, "aws_ecr_lifecycle_policy", "repository").Any(),
            EncryptionType = context.Read(instance, "encryption_configuration[0].encryption_type").String ?? "AES256",
            KmsKey = context.Text(context.Read(instance, "encryption_configuration[0].kms_key")),
            Policy = policy.String,
        }, unknowns);
    }
}
