using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;

namespace Vigil.Aws.Collectors.Ec2;

/// <summary>VPCs (DescribeVpcs) with their flow logs (DescribeFlowLogs) and endpoint services (DescribeVpcEndpoints).</summary>
internal static class VpcReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var vpcsTask = target.ListAsync(sink, "ec2", "DescribeVpcs", null, "Vpcs", ResourceTypes.Vpc, cancellationToken);
        var flowLogsTask = target.TryListAsync("ec2", "DescribeFlowLogs", null, "FlowLogs", cancellationToken);
        var endpointsTask = target.TryListAsync("ec2", "DescribeVpcEndpoints", null, "VpcEndpoints", cancellationToken);
        var vpcs = await vpcsTask.ConfigureAwait(false);
        var flowLogs = await flowLogsTask.ConfigureAwait(false);
        var endpoints = await endpointsTask.ConfigureAwait(false);
        if (vpcs is null) return;

        var logsByVpc = (flowLogs.Items ?? []).ToLookup(f => f.Text("ResourceId") ?? "", StringComparer.Ordinal);
        var endpointsByVpc = (endpoints.Items ?? []).ToLookup(e => e.Text("VpcId") ?? "", StringComparer.Ordinal);
        foreach (var node in vpcs)
        {
            var read = ToVpc(target, node);
            var vpc = read with
            {
                FlowLogs = [.. logsByVpc[read.VpcId].Select(ToFlowLog)],
                EndpointServiceNames = [.. endpointsByVpc[read.VpcId].Select(e => e.Text("ServiceName")).OfType<string>().Distinct(StringComparer.Ordinal)],
            };
            var unreadable = new List<string>();
            if (flowLogs.Failure is { } flowFailure)
            {
                unreadable.Add(nameof(Vpc.FlowLogs));
                sink.Failed(flowFailure, target.AccountId, ResourceTypes.Vpc, vpc.Arn, nameof(Vpc.FlowLogs));
            }
            if (endpoints.Failure is { } endpointFailure)
            {
                unreadable.Add(nameof(Vpc.EndpointServiceNames));
                sink.Failed(endpointFailure, target.AccountId, ResourceTypes.Vpc, vpc.Arn, nameof(Vpc.EndpointServiceNames));
            }
            sink.Add(unreadable.Count == 0 ? vpc : vpc with { Unreadable = unreadable });
        }
    }

    private static Vpc ToVpc(CollectionTarget target, JsonNode vpc)
    {
        var id = vpc.Text("VpcId") ?? throw new InvalidDataException("DescribeVpcs returned a VPC without VpcId");
        var tags = vpc.KeyValueTags();
        return new Vpc
        {
            Arn = Ec2Names.Arn(target, "vpc", id),
            Name = Ec2Names.NameOf(tags, id),
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = tags,
            VpcId = id,
            CidrBlock = vpc.Text("CidrBlock"),
            IsDefault = vpc.Flag("IsDefault") ?? false,
        };
    }

    private static FlowLog ToFlowLog(JsonNode log) => new()
    {
        FlowLogId = log.Text("FlowLogId") ?? throw new InvalidDataException("DescribeFlowLogs returned a flow log without FlowLogId"),
        TrafficType = log.Text("TrafficType") ?? "unknown",
        Status = log.Text("FlowLogStatus") ?? "unknown",
        LogDestination = log.Text("LogDestination") ?? log.Text("LogGroupName"),
    };
}
