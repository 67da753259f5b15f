using Vigil.Core.Model;
using Vigil.Core.Model.SecretsManager;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::SecretsManager::Secret: DescribeSecret's rotation settings and key. AWS Config does not record the
/// secret's access and rotation dates nor its resource policy.</summary>
internal sealed class SecretItems : IConfigItemMapper
{
    public string ResourceType => ResourceTypes.Secret;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var name = c.Text("Name") ?? item.Name;
        var rotation = c.Flag("RotationEnabled") == true;
        var deleted = c.Flag("Deleted") == true;
        var secret = new Secret
        {
            Arn = c.Text("ARN") ?? item.Arn ?? ConfigNames.Arn(item, "secretsmanager", $"secret:{name}"),
            Name = name,
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            RotationEnabled = rotation,
            RotationIntervalDays = c.Object("RotationRules").Number("AutomaticallyAfterDays") is { } days ? (int)days : null,
            KmsKeyId = c.Text("KMSKeyId"),
            RotationLambdaArn = c.Text("RotationLambdaARN"),
        };
        var missing = new MissingProperties("secretsmanager", ResourceType)
            .Add(nameof(Secret.LastAccessedDate), "DescribeSecret")
            .Add(nameof(Secret.LastRotatedDate), "DescribeSecret")
            .Add(nameof(Secret.CreatedDate), "DescribeSecret")
            .AddIf(rotation, nameof(Secret.NextRotationDate), "DescribeSecret")
            .AddIf(deleted, nameof(Secret.DeletedDate), "DescribeSecret", "the item says the secret is deleted but not when")
            .Add(nameof(Secret.Policy), "GetResourcePolicy", "AWS Config does not record secret resource policies");
        import.Add(import.Missing(secret, missing.List));
    }
}
