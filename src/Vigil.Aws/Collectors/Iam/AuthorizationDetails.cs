using System.Text.Json.Nodes;
using Vigil.Aws.Execution;

namespace Vigil.Aws.Collectors.Iam;

/// <summary>Every page of GetAccountAuthorizationDetails, gathered: users, groups, roles (with their instance
/// profiles) and managed policies (with every version), each with inline and attached policies. Each page's users
/// are also handed to <c>onUsers</c> as the page arrives, so their per-user reads need not wait for the last page.</summary>
internal sealed record AuthorizationDetails(IReadOnlyList<JsonNode> Users, IReadOnlyList<JsonNode> Groups, IReadOnlyList<JsonNode> Roles, IReadOnlyList<JsonNode> Policies)
{
    public static async Task<AuthorizationDetails> ReadAsync(AwsClient client, string region, Action<IReadOnlyList<JsonNode>> onUsers, CancellationToken cancellationToken)
    {
        List<JsonNode> users = [], groups = [], roles = [], policies = [];
        await foreach (var page in client.PaginateAsync("iam", "GetAccountAuthorizationDetails", null, region, cancellationToken).ConfigureAwait(false))
        {
            var pageUsers = page.Items("UserDetailList").ToList();
            users.AddRange(pageUsers);
            onUsers(pageUsers);
            groups.AddRange(page.Items("GroupDetailList"));
            roles.AddRange(page.Items("RoleDetailList"));
            policies.AddRange(page.Items("Policies"));
        }
        return new AuthorizationDetails(users, groups, roles, policies);
    }
}
