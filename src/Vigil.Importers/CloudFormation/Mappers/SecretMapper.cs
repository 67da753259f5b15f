using Vigil.Core.Model.SecretsManager;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::SecretsManager::Secret, never rotated yet; rotation and the resource policy are joined from
/// AWS::SecretsManager::RotationSchedule and ::ResourcePolicy.</summary>
internal sealed class SecretMapper : IResourceMapper
{
    public string Type => "AWS::SecretsManager::Secret";

    public void Map(MappedResource r, MappingContext context)
    {
        r.MarkUnknown("CreatedDate", "the secret's creation date, set at deployment");
        context.Add(new Secret
        {
            Arn = r.Arn,
            Name = r.Name,
            AccountId = r.Account,
            Region = r.Region,
            Tags = r.Tags(),
            KmsKeyId = r.String("KmsKeyId", "KmsKeyId"),
        }, r);
    }
}
