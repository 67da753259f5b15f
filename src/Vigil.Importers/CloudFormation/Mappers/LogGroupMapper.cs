using Vigil.Core.Model.CloudWatch;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::Logs::LogGroup; without RetentionInDays events never expire.</summary>
internal sealed class LogGroupMapper : IResourceMapper
{
    public string Type => "AWS::Logs::LogGroup";

    public void Map(MappedResource r, MappingContext context) => context.Add(new LogGroup
    {
        Arn = r.Arn,
        Name = r.Name,
        AccountId = r.Account,
        Region = r.Region,
        Tags = r.Tags(),
        RetentionInDays = r.Int("RetentionInDays", "RetentionInDays"),
        KmsKeyId = r.String("KmsKeyId", "KmsKeyId"),
    }, r);
}
