using Vigil.Core.Model.Kms;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::KMS::Alias: an alias of the key it targets.</summary>
internal sealed class KmsAliasMapper : IResourceMapper
{
    public string Type => "AWS::KMS::Alias";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<KmsKey>(r.Value("TargetKeyId")) is not { } key || r.String("Aliases", "AliasName") is not { } alias) return;
        context.Join<KmsKey>(r, key, "Aliases", k => k with { Aliases = [.. k.Aliases, alias] });
    }
}
