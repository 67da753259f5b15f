using Vigil.Core.Model.SecretsManager;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::SecretsManager::RotationSchedule: turns rotation on for the secret it names, every
/// AutomaticallyAfterDays days (or per its schedule expression, whose interval is then not known as days).</summary>
internal sealed class SecretRotationScheduleMapper : IResourceMapper
{
    public string Type => "AWS::SecretsManager::RotationSchedule";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<Secret>(r.Value("SecretId")) is not { } secret) return;
        var days = r.Int("RotationIntervalDays", "RotationRules.AutomaticallyAfterDays");
        var lambda = r.String("RotationLambdaArn", "RotationLambdaARN");
        context.Join<Secret>(r, secret, "RotationEnabled", s => s with { RotationEnabled = true, RotationIntervalDays = days, RotationLambdaArn = lambda });
    }
}
