using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Execution;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Lambda;

namespace Vigil.Aws.Collectors.Lambda;

/// <summary>One function: its listing entry, then its policy, URL configuration, reserved concurrency and tags.</summary>
internal static class LambdaFunctionReader
{
    public static LambdaFunction ToFunction(CollectionTarget target, JsonNode function)
    {
        var name = function.Text("FunctionName") ?? throw new InvalidDataException("ListFunctions returned a function without FunctionName");
        var vpc = function["VpcConfig"];
        var vpcId = vpc.Text("VpcId") is { Length: > 0 } id ? id : null;
        return new LambdaFunction
        {
            Arn = function.Text("FunctionArn") ?? $"arn:{target.Partition}:lambda:{target.Region}:{target.AccountId}:function:{name}",
            Name = name,
            AccountId = target.AccountId,
            Region = target.Region,
            Runtime = function.Text("Runtime"),
            PackageType = function.Text("PackageType") ?? "Zip",
            RoleArn = function.Text("Role"),
            VpcId = vpcId,
            SubnetIds = vpc.Texts("SubnetIds"),
            SecurityGroupIds = vpc.Texts("SecurityGroupIds"),
            TracingMode = function["TracingConfig"].Text("Mode") ?? "PassThrough",
            DeadLetterTargetArn = function["DeadLetterConfig"].Text("TargetArn"),
            KmsKeyArn = function.Text("KMSKeyArn"),
            EnvironmentVariableNames = function["Environment"]?["Variables"] is JsonObject variables ? [.. variables.Select(v => v.Key)] : [],
            LastModified = function.Time("LastModified"),
            Layers = function.TextsOf("Layers", "Arn"),
        };
    }

    public static async Task ReadDetailsAsync(CollectionTarget target, CollectionSink sink, LambdaFunction function, SubnetZones zones, CancellationToken cancellationToken)
    {
        var name = new JsonObject { ["FunctionName"] = function.Name };
        var policyTask = target.DetailAsync("lambda", "GetPolicy", name.DeepClone().AsObject(), cancellationToken);
        var urlTask = target.DetailAsync("lambda", "GetFunctionUrlConfig", name.DeepClone().AsObject(), cancellationToken);
        var concurrencyTask = target.DetailAsync("lambda", "GetFunctionConcurrency", name.DeepClone().AsObject(), cancellationToken);
        var tagsTask = target.DetailAsync("lambda", "ListTags", new JsonObject { ["Resource"] = function.Arn }, cancellationToken);
        var (policy, url, concurrency) = (await policyTask.ConfigureAwait(false), await urlTask.ConfigureAwait(false), await concurrencyTask.ConfigureAwait(false));
        var tags = await tagsTask.ConfigureAwait(false);

        var unreadable = new List<string>();
        void Unreadable(AwsServiceException failure, string property)
        {
            unreadable.Add(property);
            sink.Failed(failure, target.AccountId, ResourceTypes.LambdaFunction, function.Arn, property);
        }

        var read = function;
        if (IsFailure(policy, out var policyFailure)) Unreadable(policyFailure, nameof(LambdaFunction.Policy));
        else read = read with { Policy = policy.Output.Text("Policy") };
        if (IsFailure(url, out var urlFailure)) Unreadable(urlFailure, nameof(LambdaFunction.FunctionUrlAuthType));
        else read = read with { FunctionUrlAuthType = url.Output.Text("AuthType") };
        if (IsFailure(concurrency, out var concurrencyFailure)) Unreadable(concurrencyFailure, nameof(LambdaFunction.ReservedConcurrency));
        else read = read with { ReservedConcurrency = concurrency.Output.Integer("ReservedConcurrentExecutions") };
        if (tags.Failure is { } tagsFailure) Unreadable(tagsFailure, nameof(LambdaFunction.Tags));
        else read = read with { Tags = TagMap(tags.Output) };
        if (function.SubnetIds.Count > 0)
        {
            if (zones.Failure is { } zonesFailure) Unreadable(zonesFailure, nameof(LambdaFunction.SubnetAvailabilityZones));
            else read = read with { SubnetAvailabilityZones = [.. function.SubnetIds.Select(zones.BySubnet.GetValueOrDefault).OfType<string>()] };
        }
        sink.Add(unreadable.Count == 0 ? read : read with { Unreadable = unreadable });
    }

    /// <summary>ListTags answers the function's tags as one map.</summary>
    private static Dictionary<string, string> TagMap(JsonObject? output)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (output?["Tags"] is JsonObject map)
        {
            foreach (var (key, value) in map) tags[key] = value?.GetValue<string>() ?? "";
        }
        return tags;
    }

    /// <summary>A failed detail call, except ResourceNotFoundException: no policy or no function URL is an answer, not a failure.</summary>
    private static bool IsFailure(DetailResult result, out AwsServiceException failure)
    {
        failure = result.Failure!;
        return result.Failure is { ErrorCode: not "ResourceNotFoundException" };
    }
}
