using System.Text.Json.Nodes;

namespace Vigil.Iam.Tests.Differential;

/// <summary>Read-only helpers over a request in the simulate format: its principal, policies, statements and condition blocks.</summary>
internal static class CaseJson
{
    public static string Principal(JsonObject request) => (string)request["principal"]!;

    public static string Action(JsonObject request) => (string)request["action"]!;

    public static string Service(JsonObject request) => Action(request).Split(':')[0].ToLowerInvariant();

    /// <summary>Every policy of the request with the name of the element holding it.</summary>
    public static IEnumerable<(string Element, JsonObject Policy)> Policies(JsonObject request)
    {
        if (request["identityPolicies"] is JsonArray identity)
        {
            foreach (var policy in identity.OfType<JsonObject>()) yield return ("identityPolicies", policy);
        }

        foreach (var single in new[] { "resourcePolicy", "permissionsBoundary", "sessionPolicy" })
        {
            if (request[single] is JsonObject policy) yield return (single, policy);
        }

        foreach (var levels in new[] { "scps", "rcps" })
        {
            if (request[levels] is not JsonArray list) continue;
            foreach (var level in list.OfType<JsonArray>())
            {
                foreach (var policy in level.OfType<JsonObject>()) yield return (levels, policy);
            }
        }
    }

    public static IEnumerable<JsonObject> Statements(JsonObject policy) => policy["Statement"] switch
    {
        JsonObject single => [single],
        JsonArray list => list.OfType<JsonObject>(),
        _ => [],
    };

    /// <summary>Every (operator, key, values) of every condition block in the request's policies.</summary>
    public static IEnumerable<(string Operator, string Key, JsonObject Block)> Conditions(JsonObject request)
    {
        foreach (var (_, policy) in Policies(request))
        {
            foreach (var statement in Statements(policy))
            {
                if (statement["Condition"] is not JsonObject condition) continue;
                foreach (var (op, keys) in condition)
                {
                    if (keys is not JsonObject block) continue;
                    foreach (var (key, _) in block) yield return (op, key, block);
                }
            }
        }
    }

    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonArray list => list.Select(v => v?.ToString() ?? ""),
        null => [],
        _ => [node.ToString()],
    };

    /// <summary>The node with each string mapped, keeping its shape (a single string stays a string).</summary>
    public static JsonNode? MapStrings(JsonNode? node, Func<string, string> map) => node switch
    {
        JsonArray list => new JsonArray(list.Select(v => (JsonNode?)JsonValue.Create(map(v?.ToString() ?? ""))).ToArray()),
        null => null,
        _ => JsonValue.Create(map(node.ToString())),
    };

    public static JsonObject AllowEverythingPolicy() => new()
    {
        ["Version"] = "2012-10-17",
        ["Statement"] = new JsonArray(new JsonObject { ["Effect"] = "Allow", ["Action"] = "*", ["Resource"] = "*" }),
    };
}
