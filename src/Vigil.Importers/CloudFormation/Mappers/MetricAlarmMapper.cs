using Vigil.Core.Model.CloudWatch;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::CloudWatch::Alarm, in the INSUFFICIENT_DATA state of a new alarm.</summary>
internal sealed class MetricAlarmMapper : IResourceMapper
{
    public string Type => "AWS::CloudWatch::Alarm";

    public void Map(MappedResource r, MappingContext context) => context.Add(new MetricAlarm
    {
        Arn = r.Arn,
        Name = r.Name,
        AccountId = r.Account,
        Region = r.Region,
        MetricName = r.String("MetricName", "MetricName"),
        Namespace = r.String("Namespace", "Namespace"),
        ActionsEnabled = r.Bool("ActionsEnabled", "ActionsEnabled") ?? true,
        AlarmActions = r.Strings("AlarmActions", "AlarmActions"),
        StateValue = "INSUFFICIENT_DATA",
    }, r);
}
