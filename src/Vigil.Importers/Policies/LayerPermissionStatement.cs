using System.Text.Json.Nodes;

namespace Vigil.Importers.Policies;

/// <summary>The statement Lambda writes into a layer version's policy for AddLayerVersionPermission: the principal is an
/// account id (written as its root ARN) or "*", and an organization id becomes an aws:PrincipalOrgID condition
/// (https://docs.aws.amazon.com/lambda/latest/dg/permissions-layer-cross-account.html).</summary>
internal static class LayerPermissionStatement
{
    public static JsonObject Of(string statementId, string layerVersionArn, string principal, string action, string? organizationId)
    {
        var statement = new JsonObject
        {
            ["Sid"] = statementId,
            ["Effect"] = "Allow",
            ["Principal"] = principal == "*"
                ? "*"
                : new JsonObject { ["AWS"] = principal.Length == 12 && principal.All(char.IsAsciiDigit) ? $"arn:{layerVersionArn.Split(':')[1]}:iam::{principal}:root" : principal },
            ["Action"] = action,
            ["Resource"] = layerVersionArn,
        };
        if (organizationId is not null)
            statement["Condition"] = new JsonObject { ["StringEquals"] = new JsonObject { ["aws:PrincipalOrgID"] = organizationId } };
        return statement;
    }

    /// <summary>The policy with the statement added; a new policy when there was none.</summary>
    public static string AddTo(string? policy, JsonObject statement)
    {
        var document = policy is null
            ? new JsonObject { ["Version"] = "2012-10-17", ["Id"] = "default", ["Statement"] = new JsonArray() }
            : JsonNode.Parse(policy)!.AsObject();
        document["Statement"]!.AsArray().Add(statement);
        return document.ToJsonString();
    }
}
