using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::EC2::VPC, joined with the export's AWS::EC2::FlowLog and AWS::EC2::VPCEndpoint items; when the
/// export records none of those in the VPC's account and region, the VPC's flow logs or endpoints are not in it.</summary>
internal sealed class VpcItems : IConfigItemMapper
{
    private const string FlowLogType = "AWS::EC2::FlowLog";
    private const string EndpointType = "AWS::EC2::VPCEndpoint";

    public string ResourceType => ResourceTypes.Vpc;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var id = c.Text("vpcId") ?? item.ResourceId;
        var vpc = new Vpc
        {
            Arn = ConfigNames.Arn(item, "ec2", $"vpc/{id}"),
            Name = ConfigNames.TagNameOr(item, id),
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            VpcId = id,
            CidrBlock = c.Text("cidrBlock"),
            IsDefault = c.Flag("isDefault") == true,
            FlowLogs =
            [
                .. import.OfType(FlowLogType)
                    .Where(f => f.AccountId == item.AccountId && f.Configuration.Text("resourceId") == id)
                    .Select(f => new FlowLog
                    {
                        FlowLogId = f.Configuration.Text("flowLogId") ?? f.ResourceId,
                        TrafficType = f.Configuration.Text("trafficType") ?? "unknown",
                        Status = f.Configuration.Text("flowLogStatus") ?? "ACTIVE",
                        LogDestination = f.Configuration.Text("logDestination") ?? f.Configuration.Text("logGroupName"),
                    }),
            ],
            EndpointServiceNames =
            [
                .. import.OfType(EndpointType)
                    .Where(e => e.AccountId == item.AccountId && e.Configuration.Text("vpcId") == id)
                    .Select(e => e.Configuration.Text("serviceName"))
                    .OfType<string>()
                    .Distinct(StringComparer.Ordinal),
            ],
        };
        var missing = new MissingProperties("ec2", ResourceType)
            .AddIf(!import.Records(FlowLogType, item.AccountId, item.Region), nameof(Vpc.FlowLogs), "DescribeFlowLogs",
                "the export holds no AWS::EC2::FlowLog items for this account and region")
            .AddIf(!import.Records(EndpointType, item.AccountId, item.Region), nameof(Vpc.EndpointServiceNames), "DescribeVpcEndpoints",
                "the export holds no AWS::EC2::VPCEndpoint items for this account and region");
        import.Add(import.Missing(vpc, missing.List));
    }
}
