using System.Text.Json.Nodes;
using Vigil.Core.Model.Iam;

namespace Vigil.Aws.Collectors.Iam;

/// <summary>IAM returns policy documents URL-encoded (RFC 3986); these read them, and the policy lists of users,
/// groups and roles, as JSON text.</summary>
internal static class PolicyDocuments
{
    public static string? Decode(string? encoded) => encoded is null ? null : Uri.UnescapeDataString(encoded);

    public static IReadOnlyList<InlinePolicy> Inline(JsonNode detail, string listName) =>
    [
        .. detail.Items(listName)
            .Where(p => p.Text("PolicyName") is not null && p.Text("PolicyDocument") is not null)
            .Select(p => new InlinePolicy(p.Text("PolicyName")!, Decode(p.Text("PolicyDocument"))!)),
    ];

    public static IReadOnlyList<AttachedPolicy> Attached(JsonNode detail) =>
    [
        .. detail.Items("AttachedManagedPolicies")
            .Where(p => p.Text("PolicyArn") is not null)
            .Select(p => new AttachedPolicy(p.Text("PolicyName") ?? p.Text("PolicyArn")!, p.Text("PolicyArn")!)),
    ];
}
