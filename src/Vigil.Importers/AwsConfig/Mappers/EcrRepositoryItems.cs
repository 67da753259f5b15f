using Vigil.Core.Model;
using Vigil.Core.Model.Ecr;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::ECR::Repository (CloudFormation-shaped configuration: scanning, tag mutability, lifecycle and
/// repository policies, encryption). Enhanced scanning is a registry setting, not in the item.</summary>
internal sealed class EcrRepositoryItems : IConfigItemMapper
{
    public string ResourceType => ResourceTypes.EcrRepository;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var name = c.Text("RepositoryName") ?? item.Name;
        var encryption = c.Object("EncryptionConfiguration");
        var repository = new EcrRepository
        {
            Arn = c.Text("Arn") ?? item.Arn ?? ConfigNames.Arn(item, "ecr", $"repository/{name}"),
            Name = name,
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            RepositoryUri = c.Text("RepositoryUri") ?? $"{item.AccountId}.dkr.ecr.{item.Region}.amazonaws.com/{name}",
            ScanOnPush = c.Object("ImageScanningConfiguration").Flag("ScanOnPush") == true,
            ImageTagMutability = c.Text("ImageTagMutability") ?? "MUTABLE",
            HasLifecyclePolicy = c.Object("LifecyclePolicy").Text("LifecyclePolicyText") is { Length: > 0 },
            // A repository created without an encryption configuration uses AES256 (ECR's documented default).
            EncryptionType = encryption.Text("EncryptionType") ?? "AES256",
            KmsKey = encryption.Text("KmsKey"),
            Policy = c.Document("RepositoryPolicyText"),
        };
        var missing = new MissingProperties("ecr", ResourceType)
            .AddIf(!c.Has("RepositoryPolicyText"), nameof(EcrRepository.Policy), "GetRepositoryPolicy")
            .Add(nameof(EcrRepository.EnhancedScanning), "GetRegistryScanningConfiguration", "registry scanning settings are not part of AWS Config's repository item");
        import.Add(import.Missing(repository, missing.List));
    }
}
