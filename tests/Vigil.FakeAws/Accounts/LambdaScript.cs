using System.Text.Json.Nodes;
using Vigil.Core.Model.Lambda;
using Vigil.ScriptedAws.Script;
using Vigil.ScriptedAws.Wire;

namespace Vigil.ScriptedAws.Accounts;

/// <summary>Lambda per region: ListFunctions, and per function its resource policy, function URL, reserved
/// concurrency and tags (ResourceNotFoundException where the function has none, as Lambda answers).</summary>
internal static class LambdaScript
{
    public static void Add(AccountScope scope, ScriptedAccount script)
    {
        foreach (var region in scope.Regions)
        {
            var functions = scope.In<LambdaFunction>(region).ToList();
            script.Answer("lambda", "ListFunctions", new JsonObject { ["Functions"] = Trees.Array(functions.Select(Function)) }, region);
            foreach (var function in functions)
            {
                JsonObject When() => new() { ["FunctionName"] = function.Name };
                if (function.Policy is { } policy) script.Answer("lambda", "GetPolicy", new JsonObject { ["Policy"] = policy, ["RevisionId"] = "1" }, region, When());
                else script.Fail("lambda", "GetPolicy", NotFound("The resource you requested does not exist."), region, When());
                if (function.FunctionUrlAuthType is { } auth)
                {
                    script.Answer("lambda", "GetFunctionUrlConfig", new JsonObject
                    {
                        ["FunctionUrl"] = $"https://{function.Name}.lambda-url.{region}.on.aws/", ["FunctionArn"] = function.Arn, ["AuthType"] = auth,
                        ["CreationTime"] = "2024-01-01T00:00:00Z", ["LastModifiedTime"] = "2024-01-01T00:00:00Z",
                    }, region, When());
                }
                else
                {
                    script.Fail("lambda", "GetFunctionUrlConfig", NotFound("The resource you requested does not exist."), region, When());
                }
                script.Answer("lambda", "GetFunctionConcurrency", Trees.Object(("ReservedConcurrentExecutions", function.ReservedConcurrency)), region, When());
                script.Answer("lambda", "ListTags", new JsonObject { ["Tags"] = Trees.TagMap(function.Tags) }, region, new JsonObject { ["Resource"] = function.Arn });
            }
        }
    }

    private static FakeError NotFound(string message) => new("ResourceNotFoundException", message, 404);

    private static JsonObject Function(LambdaFunction function) => Trees.Object(
        ("FunctionName", function.Name), ("FunctionArn", function.Arn), ("Runtime", function.Runtime), ("Role", function.RoleArn), ("PackageType", function.PackageType),
        ("LastModified", Trees.Iso(function.LastModified)),
        ("VpcConfig", function.VpcId is null && function.SubnetIds.Count == 0 ? null : Trees.Object(
            ("SubnetIds", Trees.Strings(function.SubnetIds)), ("SecurityGroupIds", Trees.Strings(function.SecurityGroupIds)), ("VpcId", function.VpcId))),
        ("TracingConfig", new JsonObject { ["Mode"] = function.TracingMode }),
        ("DeadLetterConfig", function.DeadLetterTargetArn is { } dlq ? new JsonObject { ["TargetArn"] = dlq } : null),
        ("KMSKeyArn", function.KmsKeyArn),
        ("Environment", function.EnvironmentVariableNames.Count == 0 ? null
            : new JsonObject { ["Variables"] = new JsonObject([.. function.EnvironmentVariableNames.Select(n => KeyValuePair.Create(n, (JsonNode?)"value"))]) }));
}
