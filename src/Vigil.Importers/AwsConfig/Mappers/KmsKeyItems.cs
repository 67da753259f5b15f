using Vigil.Core.Model;
using Vigil.Core.Model.Kms;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::KMS::Key: DescribeKey's metadata, with the rotation status as supplementary configuration. AWS
/// Config does not record key policies or aliases.</summary>
internal sealed class KmsKeyItems : IConfigItemMapper
{
    public string ResourceType => ResourceTypes.KmsKey;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var id = c.Text("keyId") ?? item.ResourceId;
        var manager = c.Text("keyManager") ?? "CUSTOMER";
        var rotation = item.Supplementary.Flag("KeyRotationStatus");
        var key = new KmsKey
        {
            Arn = c.Text("arn") ?? ConfigNames.Arn(item, "kms", $"key/{id}"),
            Name = id,
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            KeyId = id,
            KeyManager = manager,
            KeyState = c.Text("keyState") ?? (c.Flag("enabled") == false ? "Disabled" : "Enabled"),
            KeySpec = c.Text("keySpec") ?? c.Text("customerMasterKeySpec") ?? "SYMMETRIC_DEFAULT",
            KeyUsage = c.Text("keyUsage") ?? "ENCRYPT_DECRYPT",
            Origin = c.Text("origin") ?? "AWS_KMS",
            RotationEnabled = rotation,
            DeletionDate = c.Time("deletionDate"),
            MultiRegion = c.Flag("multiRegion") == true,
        };
        var missing = new MissingProperties("kms", ResourceType)
            .AddIf(rotation is null && manager == "CUSTOMER" && key.IsSymmetricEncryptionKey, nameof(KmsKey.RotationEnabled), "GetKeyRotationStatus")
            .Add(nameof(KmsKey.Policy), "GetKeyPolicy", "AWS Config does not record key policies")
            .Add(nameof(KmsKey.Aliases), "ListAliases", "AWS Config does not record key aliases")
            .AddIf(!c.Has("multiRegion"), nameof(KmsKey.MultiRegion), "DescribeKey");
        import.Add(import.Missing(key, missing.List));
    }
}
