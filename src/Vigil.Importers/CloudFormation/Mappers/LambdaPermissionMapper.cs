using System.Text.Json.Nodes;
using Vigil.Core.Model.Lambda;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::Lambda::Permission: one statement of the function's resource-based policy, written as Lambda
/// writes it for AddPermission (https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html).</summary>
internal sealed class LambdaPermissionMapper : IResourceMapper
{
    private const string Property = "Policy";

    public string Type => "AWS::Lambda::Permission";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<LambdaFunction>(r.Value("FunctionName")) is not { } function) return;
        r.Known(Property, "", r.Properties);
        var statement = Statement(r, function);
        context.Join<LambdaFunction>(r, function, Property, f => f with { Policy = With(f.Policy, statement) });
    }

    private static JsonObject Statement(MappedResource r, string functionArn)
    {
        var principal = r.String(Property, "Principal") ?? "*";
        var statement = new JsonObject
        {
            ["Sid"] = r.LogicalId,
            ["Effect"] = "Allow",
            ["Principal"] = principal switch
            {
                "*" => "*",
                _ when principal.EndsWith(".amazonaws.com", StringComparison.Ordinal) => new JsonObject { ["Service"] = principal },
                _ when principal.Length == 12 && principal.All(char.IsAsciiDigit) => new JsonObject { ["AWS"] = $"arn:{functionArn.Split(':')[1]}:iam::{principal}:root" },
                _ => new JsonObject { ["AWS"] = principal },
            },
            ["Action"] = r.String(Property, "Action") ?? "lambda:InvokeFunction",
            ["Resource"] = functionArn,
        };
        var condition = new JsonObject();
        if (r.String(Property, "SourceArn") is { } sourceArn) Add(condition, "ArnLike", "AWS:SourceArn", sourceArn);
        if (r.String(Property, "SourceAccount") is { } sourceAccount) Add(condition, "StringEquals", "AWS:SourceAccount", sourceAccount);
        if (r.String(Property, "PrincipalOrgID") is { } org) Add(condition, "StringEquals", "aws:PrincipalOrgID", org);
        if (r.String(Property, "FunctionUrlAuthType") is { } authType) Add(condition, "StringEquals", "lambda:FunctionUrlAuthType", authType);
        if (condition.Count > 0) statement["Condition"] = condition;
        return statement;
    }

    private static void Add(JsonObject condition, string op, string key, string value)
    {
        if (condition[op] is not JsonObject block) condition[op] = block = new JsonObject();
        block[key] = value;
    }

    private static string With(string? policy, JsonObject statement)
    {
        var document = policy is null ? new JsonObject { ["Version"] = "2012-10-17", ["Id"] = "default", ["Statement"] = new JsonArray() } : JsonNode.Parse(policy)!.AsObject();
        document["Statement"]!.AsArray().Add(statement);
        return document.ToJsonString();
    }
}
