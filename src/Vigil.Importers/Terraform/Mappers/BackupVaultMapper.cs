using Vigil.Core.Model.Backup;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_backup_vault with its access policy and Vault Lock; a planned vault holds no recovery points yet.</summary>
internal sealed class BackupVaultMapper : IResourceMapper
{
    public string Type => "aws_backup_vault";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var policy = context.Joined(instance, "aws_backup_vault_policy", "backup_vault_name").Select(p => context.Read(p, "policy")).FirstOrDefault();
        if (policy.Path is not null) unknowns.Track("Policy", policy);
        context.Add(new BackupVault
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            EncryptionKeyArn = context.Text(context.Read(instance, "kms_key_arn")),
            Policy = policy.String,
            Locked = context.Joined(instance, "aws_backup_vault_lock_configuration", "backup_vault_name").Any(),
        }, unknowns);
    }
}
