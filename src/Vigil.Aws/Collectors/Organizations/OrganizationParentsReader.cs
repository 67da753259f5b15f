using System.Text.Json.Nodes;
using Vigil.Aws.Collectors.Iam;
using Vigil.Aws.Execution;

namespace Vigil.Aws.Collectors.Organizations;

/// <summary>An account's place in its organization: organizations:ListParents from the account up to the root,
/// returned root first (r-..., then each OU down to the account's parent).</summary>
internal static class OrganizationParentsReader
{
    /// <summary>OUs nest at most five deep under the root; a longer chain means a malformed answer.</summary>
    private const int MaxDepth = 8;

    public static async Task<IReadOnlyList<string>> ReadAsync(AwsClient client, string region, string accountId, CancellationToken cancellationToken)
    {
        var parents = new List<string>();
        var child = accountId;
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            var parent = (await client.CallAsync("organizations", "ListParents", new JsonObject { ["ChildId"] = child }, region, cancellationToken).ConfigureAwait(false))
                .Items("Parents").FirstOrDefault();
            if (parent?.Text("Id") is not { } id) throw Malformed(region, $"{child} has no parent");
            parents.Insert(0, id);
            if (parent.Text("Type") == "ROOT") return parents;
            child = id;
        }

        throw Malformed(region, $"the parents of {accountId} do not reach a root within {MaxDepth} levels");
    }

    private static AwsServiceException Malformed(string region, string message) =>
        new("organizations", region, "ListParents", "InvalidResponse", message, 0, null);
}
