using System.Text.Json.Nodes;
using Vigil.Core;
using Vigil.Importers.Detection;

namespace Vigil.Importers.IamAuthorizationDetails;

/// <summary>The entries of every page in an export of <c>aws iam get-account-authorization-details</c>: one page
/// (the CLI's default, which follows the pagination itself), several pages written one after another, or a JSON
/// array of pages. <see cref="TruncatedAfterMarker"/> is the marker of a last page that says more pages follow.</summary>
internal sealed record AuthorizationDetailsPages(
    IReadOnlyList<JsonNode> Users,
    IReadOnlyList<JsonNode> Groups,
    IReadOnlyList<JsonNode> Roles,
    IReadOnlyList<JsonNode> Policies,
    bool Truncated,
    string? TruncatedAfterMarker)
{
    public static readonly string[] ListNames = ["UserDetailList", "GroupDetailList", "RoleDetailList", "Policies"];

    public static AuthorizationDetailsPages Read(IReadOnlyList<JsonNode> values, string path)
    {
        var pages = values.Count == 1 && values[0] is JsonArray array ? array.OfType<JsonNode>().ToList() : values.ToList();
        if (pages.Count == 0) throw new VigilInputException($"{path}: the file holds no get-account-authorization-details page.");
        List<JsonNode> users = [], groups = [], roles = [], policies = [];
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            if (page is not JsonObject || !ListNames.Any(page.Has))
            {
                throw new VigilInputException(
                    $"{path}: {(pages.Count == 1 ? "the file" : $"value {i + 1}")} is not output of get-account-authorization-details: it has none of {string.Join(", ", ListNames)}.");
            }
            users.AddRange(page.Items("UserDetailList"));
            groups.AddRange(page.Items("GroupDetailList"));
            roles.AddRange(page.Items("RoleDetailList"));
            policies.AddRange(page.Items("Policies"));
        }
        var last = pages[^1];
        var truncated = last.Flag("IsTruncated") == true;
        return new AuthorizationDetailsPages(
            Distinct(users), Distinct(groups), Distinct(roles), Distinct(policies), truncated, truncated ? last.Text("Marker") : null);
    }

    /// <summary>Overlapping pages repeat entries; each ARN is kept once.</summary>
    private static List<JsonNode> Distinct(List<JsonNode> entries) =>
        entries.DistinctBy(e => e.Text("Arn") ?? e.ToJsonString(), StringComparer.Ordinal).ToList();
}
