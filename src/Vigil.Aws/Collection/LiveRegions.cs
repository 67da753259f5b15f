using System.Text.Json.Nodes;
using Vigil.Aws.Execution;
using Vigil.Core.Model;

namespace Vigil.Aws.Collection;

/// <summary>The regions to read: those named, or every enabled region (ec2:DescribeRegions) for "all" and by default.
/// When the regions cannot be listed, the home region and those named are read and the failure is kept as an error.</summary>
internal static class LiveRegions
{
    public sealed record Result(IReadOnlyList<string> Regions, AwsServiceException? Failure)
    {
        public IReadOnlyList<CollectionError> Errors(string accountId) => Failure is null ? [] : [Failure.ToCollectionError(accountId)];
    }

    public static async Task<Result> ResolveAsync(AwsClient client, IReadOnlyList<string> asked, string home, CancellationToken cancellationToken)
    {
        var named = asked.Where(r => r != "all").Distinct(StringComparer.Ordinal).ToList();
        if (named.Count > 0 && !asked.Contains("all")) return new Result(named, null);
        try
        {
            var response = await client.CallAsync("ec2", "DescribeRegions", new JsonObject(), home, cancellationToken).ConfigureAwait(false);
            var enabled = (response["Regions"] as JsonArray ?? [])
                .Select(r => r?["RegionName"]?.GetValue<string>())
                .OfType<string>();
            return new Result([.. new[] { home }.Concat(named).Concat(enabled).Distinct(StringComparer.Ordinal)], null);
        }
        catch (AwsServiceException e)
        {
            return new Result([.. new[] { home }.Concat(named).Distinct(StringComparer.Ordinal)], e);
        }
    }
}
