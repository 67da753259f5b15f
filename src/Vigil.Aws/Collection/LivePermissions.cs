using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vigil.Aws.Collection;

/// <summary>The read-only IAM permissions a live scan needs: the calls every scan makes, plus each collector's own.</summary>
public static class LivePermissions
{
    /// <summary>Who the credentials belong to, and which regions are enabled.</summary>
    private static readonly string[] ScanActions = ["sts:GetCallerIdentity", "ec2:DescribeRegions"];

    /// <summary>What the calling identity needs besides <see cref="Actions"/> for --organization: listing the accounts,
    /// and assuming the role in each of them (whose own policy needs <see cref="Actions"/>).</summary>
    public static IReadOnlyList<string> OrganizationActions { get; } = ["organizations:ListAccounts", "sts:AssumeRole"];

    public static IReadOnlyList<string> Actions =>
        [.. ScanActions.Concat(CollectorCatalog.All.SelectMany(c => c.Actions)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>An identity policy granting exactly <see cref="Actions"/>, for a role or user dedicated to Vigil.</summary>
    public static string PolicyDocument()
    {
        var policy = new JsonObject
        {
            ["Version"] = "2012-10-17",
            ["Statement"] = new JsonArray(new JsonObject
            {
                ["Sid"] = "VigilReadOnly",
                ["Effect"] = "Allow",
                ["Action"] = new JsonArray([.. Actions.Select(a => (JsonNode)JsonValue.Create(a))]),
                ["Resource"] = "*",
            }),
        };
        return policy.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
