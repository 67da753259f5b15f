using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>The resource-based policy Lambda builds from a function's permissions (aws_lambda_permission): one Allow
/// statement each, with the principal, source ARN, source account, organization and function URL auth type as
/// Lambda writes them (https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html).</summary>
internal static class LambdaPermissionPolicy
{
    public static string? Build(PlanInstance function, string functionArn, MappingContext context, Unknowns unknowns)
    {
        var statements = new JsonArray();
        foreach (var permission in context.Joined(function, "aws_lambda_permission", "function_name"))
        {
            var principal = context.Read(permission, "principal");
            var sourceArn = context.Read(permission, "source_arn");
            var sourceAccount = context.Read(permission, "source_account");
            if (unknowns.Track("Policy", principal) | unknowns.Track("Policy", sourceAccount)) continue;
            var who = principal.String ?? "*";
            var statement = new JsonObject
            {
                ["Sid"] = context.Read(permission, "statement_id").String ?? permission.Address,
                ["Effect"] = "Allow",
                ["Principal"] = who == "*" ? "*" : who.EndsWith(".amazonaws.com", StringComparison.Ordinal)
                    ? new JsonObject { ["Service"] = who }
                    : new JsonObject { ["AWS"] = who },
                ["Action"] = context.Read(permission, "action").String ?? "lambda:InvokeFunction",
                ["Resource"] = functionArn,
            };
            var conditions = new JsonObject();
            // A source ARN known only after apply still limits the statement to that one planned resource.
            if (context.Text(sourceArn) is { } arn) conditions["ArnLike"] = new JsonObject { ["AWS:SourceArn"] = arn };
            if (sourceAccount.String is { } account) Add(conditions, "StringEquals", "AWS:SourceAccount", account);
            if (context.Read(permission, "principal_org_id").String is { } org) Add(conditions, "StringEquals", "aws:PrincipalOrgID", org);
            if (context.Read(permission, "function_url_auth_type").String is { } auth) Add(conditions, "StringEquals", "lambda:FunctionUrlAuthType", auth);
            if (sourceArn.IsUnknown) unknowns.Track("Policy", sourceArn);
            if (conditions.Count > 0) statement["Condition"] = conditions;
            statements.Add(statement);
        }
        if (statements.Count == 0) return null;
        return new JsonObject { ["Version"] = "2012-10-17", ["Id"] = "default", ["Statement"] = statements }.ToJsonString();
    }

    private static void Add(JsonObject conditions, string op, string key, string value)
    {
        if (conditions[op] is not JsonObject block) conditions[op] = block = new JsonObject();
        block[key] = value;
    }
}
