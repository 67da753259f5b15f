using Vigil.Core.Model.SecretsManager;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_secretsmanager_secret with its rotation (aws_secretsmanager_secret_rotation) and policy. When it was
/// created, last rotated or last accessed is known only after apply.</summary>
internal sealed class SecretMapper : IResourceMapper
{
    public string Type => "aws_secretsmanager_secret";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        foreach (var property in new[] { "CreatedDate", "LastRotatedDate", "LastAccessedDate", "NextRotationDate" })
            unknowns.Add(property, $"{instance.Address} is created at apply, so its dates are not in the plan.");
        var rotation = context.Joined(instance, "aws_secretsmanager_secret_rotation", "secret_id").FirstOrDefault();
        var policy = context.Joined(instance, "aws_secretsmanager_secret_policy", "secret_arn").Select(p => context.Read(p, "policy")).FirstOrDefault();
        if (policy.Path is null) policy = context.Read(instance, "policy");
        unknowns.Track("Policy", policy);
        var key = context.Read(instance, "kms_key_id");
        unknowns.Track("KmsKeyId", key);
        context.Add(new Secret
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            RotationEnabled = rotation is not null,
            RotationIntervalDays = rotation is null ? null : context.Read(rotation, "rotation_rules[0].automatically_after_days").Int,
            RotationLambdaArn = rotation is null ? null : context.Text(context.Read(rotation, "rotation_lambda_arn")),
            KmsKeyId = context.Text(key),
            Policy = policy.String is { Length: > 0 } json ? json : null,
        }, unknowns);
    }
}
