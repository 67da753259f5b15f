using Vigil.Core.Model.SecretsManager;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::SecretsManager::ResourcePolicy: the policy of the secret it names.</summary>
internal sealed class SecretResourcePolicyMapper : IResourceMapper
{
    public string Type => "AWS::SecretsManager::ResourcePolicy";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<Secret>(r.Value("SecretId")) is not { } secret) return;
        var policy = r.Json("Policy", "ResourcePolicy");
        context.Join<Secret>(r, secret, "Policy", s => s with { Policy = policy });
    }
}
