using Vigil.Core.Model.Ec2;
using Vigil.Importers.CloudFormation.Identity;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::EC2::FlowLog of a VPC: a flow log of that VPC (ResourceType VPC only; subnet and interface flow logs
/// are not VPC-wide).</summary>
internal sealed class FlowLogMapper : IResourceMapper
{
    public string Type => "AWS::EC2::FlowLog";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (r.String("FlowLogs", "ResourceType") != "VPC" || context.Target<Vpc>(r.Value("ResourceId")) is not { } vpc) return;
        var flowLog = new FlowLog
        {
            FlowLogId = "fl-" + SyntheticIds.Hex(r.Arn, 17),
            TrafficType = r.String("FlowLogs", "TrafficType") ?? "ALL",
            LogDestination = r.String("FlowLogs", "LogDestination") ?? r.String("FlowLogs", "LogGroupName"),
        };
        context.Join<Vpc>(r, vpc, "FlowLogs", v => v with { FlowLogs = [.. v.FlowLogs, flowLog] });
    }
}
