using Vigil.Core.Model.Ecr;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::ECR::Repository: tags MUTABLE, AES256 encryption and no scan on push unless declared.</summary>
internal sealed class EcrRepositoryMapper : IResourceMapper
{
    public string Type => "AWS::ECR::Repository";

    public void Map(MappedResource r, MappingContext context) => context.Add(new EcrRepository
    {
        Arn = r.Arn,
        Name = r.Name,
        AccountId = r.Account,
        Region = r.Region,
        Tags = r.Tags(),
        RepositoryUri = $"{r.Account}.dkr.ecr.{r.Region}.amazonaws.com/{r.Name}",
        ScanOnPush = r.Bool("ScanOnPush", "ImageScanningConfiguration.ScanOnPush") ?? false,
        ImageTagMutability = r.String("ImageTagMutability", "ImageTagMutability") ?? "MUTABLE",
        HasLifecyclePolicy = r.Known("HasLifecyclePolicy", "LifecyclePolicy") && r.Value("LifecyclePolicy.LifecyclePolicyText") is not null,
        EncryptionType = r.String("EncryptionType", "EncryptionConfiguration.EncryptionType") ?? "AES256",
        KmsKey = r.String("KmsKey", "EncryptionConfiguration.KmsKey"),
        Policy = r.Json("Policy", "RepositoryPolicyText"),
    }, r);
}
