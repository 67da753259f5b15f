using Vigil.Core.Model.Lambda;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::Lambda::LayerVersion: the first version of the layer the template names, without a policy until an
/// AWS::Lambda::LayerVersionPermission grants it.</summary>
internal sealed class LambdaLayerVersionMapper : IResourceMapper
{
    public string Type => "AWS::Lambda::LayerVersion";

    public void Map(MappedResource r, MappingContext context) => context.Add(new LambdaLayerVersion
    {
        Arn = r.Arn,
        Name = $"{r.Name}:1",
        AccountId = r.Account,
        Region = r.Region,
        LayerName = r.Name,
        Version = 1,
        Description = r.String("Description", "Description"),
        CompatibleRuntimes = r.Strings("CompatibleRuntimes", "CompatibleRuntimes"),
        CompatibleArchitectures = r.Strings("CompatibleArchitectures", "CompatibleArchitectures"),
        LicenseInfo = r.String("LicenseInfo", "LicenseInfo"),
    }, r);
}
