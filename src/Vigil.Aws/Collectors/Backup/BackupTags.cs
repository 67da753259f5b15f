using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Aws.Execution;

namespace Vigil.Aws.Collectors.Backup;

/// <summary>The tags of an AWS Backup resource (ListTags, a map of key to value, over every page).</summary>
internal static class BackupTags
{
    public static async Task<(Dictionary<string, string>? Tags, AwsServiceException? Failure)> ReadAsync(
        CollectionTarget target, string arn, CancellationToken cancellationToken)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        string? next = null;
        do
        {
            var input = new JsonObject { ["ResourceArn"] = arn };
            if (next is not null) input["NextToken"] = next;
            var page = await target.DetailAsync("backup", "ListTags", input, cancellationToken).ConfigureAwait(false);
            if (page.Failure is { } failure) return (null, failure);
            if (page.Output!["Tags"] is JsonObject map)
            {
                foreach (var (key, value) in map) tags[key] = value?.GetValue<string>() ?? "";
            }
            next = page.Output.Text("NextToken");
        }
        while (next is not null);
        return (tags, null);
    }
}
