using Vigil.Core.Model.Lambda;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_lambda_function with its permissions (the resource policy), function URL and VPC placement.</summary>
internal sealed class LambdaFunctionMapper : IResourceMapper
{
    public string Type => "aws_lambda_function";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var subnets = context.Read(instance, "vpc_config[0].subnet_ids");
        unknowns.Track("SubnetIds", subnets);
        var planned = subnets.Kind == PlanValueKind.Reference ? subnets.AllReferenced! : [];
        var zones = planned.Select(s => context.Read(s, "availability_zone").String).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var subnetIds = context.IdList(subnets);
        var vpcId = planned.Select(s => context.IdText(context.Read(s, "vpc_id"))).FirstOrDefault(v => v is not null);
        if (subnetIds.Count > 0 && vpcId is null)
            unknowns.Add("VpcId", "vpc_config names subnets that are not in the plan, so the VPC they belong to is not known.");
        if (subnetIds.Count > planned.Count || planned.Any(s => context.Read(s, "availability_zone").String is null))
            unknowns.Add("SubnetAvailabilityZones", "the Availability Zones of subnets outside the plan, or placed by AWS, are not in the plan.");
        var url = context.Joined(instance, "aws_lambda_function_url", "function_name").FirstOrDefault();
        var reserved = context.Read(instance, "reserved_concurrent_executions").Int;
        context.Add(new LambdaFunction
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            Runtime = context.Read(instance, "runtime").String,
            PackageType = context.Read(instance, "package_type").String ?? "Zip",
            RoleArn = context.Text(context.Read(instance, "role")),
            Policy = LambdaPermissionPolicy.Build(instance, identity.Arn, context, unknowns),
            VpcId = vpcId,
            SubnetIds = subnetIds,
            SubnetAvailabilityZones = zones,
            SecurityGroupIds = context.IdList(context.Read(instance, "vpc_config[0].security_group_ids")),
            TracingMode = context.Read(instance, "tracing_config[0].mode").String ?? "PassThrough",
            DeadLetterTargetArn = context.Text(context.Read(instance, "dead_letter_config[0].target_arn")),
            KmsKeyArn = context.Text(context.Read(instance, "kms_key_arn")),
            EnvironmentVariableNames = EnvironmentNames(instance, context),
            FunctionUrlAuthType = url is null ? null : context.Read(url, "authorization_type").String,
            ReservedConcurrency = reserved is >= 0 ? reserved : null,
            Layers = LayerArns(context.Read(instance, "layers"), context),
        }, unknowns);
    }

    /// <summary>The known layer ARNs, or the ARNs of the planned layer versions the list refers to.</summary>
    private static IReadOnlyList<string> LayerArns(PlanValue layers, MappingContext context) => layers.Kind switch
    {
        PlanValueKind.Known => layers.Strings,
        PlanValueKind.Reference => [.. layers.AllReferenced!.Select(l => context.Identity(l).Arn)],
        _ => [],
    };

    private static List<string> EnvironmentNames(PlanInstance instance, MappingContext context)
    {
        var variables = context.Read(instance, "environment[0].variables");
        return variables.IsKnown && variables.Element.ValueKind == System.Text.Json.JsonValueKind.Object
            ? variables.Element.EnumerateObject().Select(p => p.Name).ToList()
            : [];
    }
}
