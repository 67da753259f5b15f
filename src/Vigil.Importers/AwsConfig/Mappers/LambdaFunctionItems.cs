using Vigil.Core.Model;
using Vigil.Core.Model.Lambda;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::Lambda::Function: GetFunctionConfiguration's function, with reserved concurrency as the
/// supplementary Concurrency and, when recorded, the resource-based Policy.</summary>
internal sealed class LambdaFunctionItems : IConfigItemMapper
{
    public string ResourceType => ResourceTypes.LambdaFunction;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var name = c.Text("functionName") ?? item.Name;
        var vpc = c.Object("vpcConfig");
        var subnets = vpc.Texts("subnetIds");
        var zones = subnets.Select(s => import.OfType(ResourceTypes.Subnet).FirstOrDefault(i => i.ResourceId == s && i.AccountId == item.AccountId)?.Configuration.Text("availabilityZone")).ToList();
        var function = new LambdaFunction
        {
            Arn = c.Text("functionArn") ?? ConfigNames.Arn(item, "lambda", $"function:{name}"),
            Name = name,
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            Runtime = c.Text("runtime"),
            PackageType = c.Text("packageType") ?? "Zip",
            RoleArn = c.Text("role"),
            Policy = item.Supplement("Policy") switch
            {
                System.Text.Json.Nodes.JsonObject policy => policy.ToJsonString(),
                _ => null,
            },
            VpcId = subnets.Count > 0 ? vpc.Text("vpcId") : null,
            SubnetIds = subnets,
            SubnetAvailabilityZones = zones.Contains(null) ? [] : [.. zones.OfType<string>().Distinct(StringComparer.Ordinal)],
            SecurityGroupIds = vpc.Texts("securityGroupIds"),
            TracingMode = c.Object("tracingConfig").Text("mode") ?? "PassThrough",
            DeadLetterTargetArn = c.Object("deadLetterConfig").Text("targetArn"),
            KmsKeyArn = c.Text("kMSKeyArn"),
            EnvironmentVariableNames = c.Object("environment").Object("variables") is { } variables ? [.. variables.Select(v => v.Key)] : [],
            ReservedConcurrency = item.Supplement("Concurrency").Number("reservedConcurrentExecutions") is { } reserved ? (int)reserved : null,
            LastModified = c.Time("lastModified"),
            Layers = [.. c.Items("layers").Select(l => l.Text("arn")).OfType<string>()],
        };
        var missing = new MissingProperties("lambda", ResourceType)
            .AddIf(!item.HasSupplement("Policy"), nameof(LambdaFunction.Policy), "GetPolicy")
            .AddIf(!c.Has("environment"), nameof(LambdaFunction.EnvironmentVariableNames), "GetFunctionConfiguration")
            .AddIf(!item.HasSupplement("Concurrency"), nameof(LambdaFunction.ReservedConcurrency), "GetFunctionConcurrency")
            .AddIf(zones.Contains(null), nameof(LambdaFunction.SubnetAvailabilityZones), "DescribeSubnets", "the export holds no AWS::EC2::Subnet item for some of the function's subnets")
            .Add(nameof(LambdaFunction.FunctionUrlAuthType), "GetFunctionUrlConfig", "function URLs are not part of AWS Config's function item");
        import.Add(import.Missing(function, missing.List));
    }
}
