using Vigil.Core.Model.Backup;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::Backup::BackupVault, new and so without recovery points; locked when LockConfiguration is set.</summary>
internal sealed class BackupVaultMapper : IResourceMapper
{
    public string Type => "AWS::Backup::BackupVault";

    public void Map(MappedResource r, MappingContext context) => context.Add(new BackupVault
    {
        Arn = r.Arn,
        Name = r.Name,
        AccountId = r.Account,
        Region = r.Region,
        Tags = r.Tags("BackupVaultTags"),
        EncryptionKeyArn = r.String("EncryptionKeyArn", "EncryptionKeyArn"),
        Policy = r.Json("Policy", "AccessPolicy"),
        Locked = r.Known("Locked", "LockConfiguration") && r.Value("LockConfiguration") is not null,
    }, r);
}
