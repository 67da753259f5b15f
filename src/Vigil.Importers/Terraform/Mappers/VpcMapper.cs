using Vigil.Core.Model.Ec2;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_vpc with its flow logs (aws_flow_log with vpc_id) and VPC endpoints (aws_vpc_endpoint).</summary>
internal sealed class VpcMapper : IResourceMapper
{
    public string Type => "aws_vpc";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var flowLogs = new List<FlowLog>();
        foreach (var log in context.Joined(instance, "aws_flow_log", "vpc_id"))
        {
            var destination = context.Read(log, "log_destination");
            if (unknowns.Track("FlowLogs", destination)) continue;
            flowLogs.Add(new FlowLog
            {
                FlowLogId = log.Address,
                TrafficType = context.Read(log, "traffic_type").String ?? "ALL",
                LogDestination = context.Text(destination) ?? context.Read(log, "log_group_name").String,
            });
        }
        var endpoints = new List<string>();
        foreach (var endpoint in context.Joined(instance, "aws_vpc_endpoint", "vpc_id"))
        {
            var service = context.Read(endpoint, "service_name");
            if (!unknowns.Track("EndpointServiceNames", service) && service.String is { } name) endpoints.Add(name);
        }
        context.Add(new Vpc
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            VpcId = identity.Id,
            CidrBlock = context.Read(instance, "cidr_block").String,
            FlowLogs = flowLogs,
            EndpointServiceNames = endpoints,
        }, unknowns);
    }
}
