using Vigil.Core.Model.Lambda;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::Lambda::Function (a container image when Code.ImageUri is set). In a VPC, the VPC and zones come
/// from the subnets of the template it names; subnets the template does not declare make them unknown.</summary>
internal sealed class LambdaFunctionMapper : IResourceMapper
{
    public string Type => "AWS::Lambda::Function";

    public void Map(MappedResource r, MappingContext context)
    {
        var image = r.Value("Code.ImageUri") is not null || r.Value("PackageType") is CfnString { Value: "Image" };
        var subnets = r.Strings("SubnetIds", "VpcConfig.SubnetIds");
        var declared = subnets.Select(s => context.Declared(new CfnString(s), "AWS::EC2::Subnet")).ToList();
        string? vpcId = null;
        var zones = new List<string>();
        if (subnets.Count > 0)
        {
            if (declared.Any(d => d is null))
            {
                r.MarkUnknown("VpcId", "decided by VpcConfig.SubnetIds, subnets the template does not declare");
                r.MarkUnknown("SubnetAvailabilityZones", "decided by VpcConfig.SubnetIds, subnets the template does not declare");
            }
            else
            {
                vpcId = declared.Select(d => d!.Properties["VpcId"]).OfType<CfnString>().Select(v => v.Value).FirstOrDefault();
                foreach (var subnet in declared)
                {
                    if (subnet!.Properties["AvailabilityZone"] is CfnString zone) zones.Add(zone.Value);
                    else r.MarkUnknown("SubnetAvailabilityZones", $"the AvailabilityZone of subnet {subnet.Declaration.LogicalId} is {(subnet.Properties["AvailabilityZone"] as CfnUnknown)?.Reason ?? "chosen by EC2 at creation"}");
                }
            }
        }
        context.Add(new LambdaFunction
        {
            Arn = r.Arn,
            Name = r.Name,
            AccountId = r.Account,
            Region = r.Region,
            Tags = r.Tags(),
            Runtime = image ? null : r.String("Runtime", "Runtime"),
            PackageType = image ? "Image" : "Zip",
            RoleArn = r.String("RoleArn", "Role"),
            VpcId = vpcId,
            SubnetIds = subnets,
            SubnetAvailabilityZones = zones.Distinct().ToList(),
            SecurityGroupIds = r.Strings("SecurityGroupIds", "VpcConfig.SecurityGroupIds"),
            TracingMode = r.String("TracingMode", "TracingConfig.Mode") ?? "PassThrough",
            DeadLetterTargetArn = r.String("DeadLetterTargetArn", "DeadLetterConfig.TargetArn"),
            KmsKeyArn = r.String("KmsKeyArn", "KmsKeyArn"),
            EnvironmentVariableNames = r.Value("Environment.Variables") is CfnMap variables ? variables.Entries.Select(e => e.Key).ToList() : [],
            ReservedConcurrency = r.Int("ReservedConcurrency", "ReservedConcurrentExecutions"),
            Layers = r.Strings("Layers", "Layers"),
        }, r);
    }
}
