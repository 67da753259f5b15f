using System.Text.Json.Nodes;
using Vigil.Aws.Credentials;
using Vigil.Aws.Execution;
using Vigil.Aws.Sts;
using Vigil.Core.Model;

namespace Vigil.Aws.Collection;

/// <summary>Reads the account the credentials belong to: who we are first (sts:GetCallerIdentity), then the regions,
/// then every collector.</summary>
public static class LiveEstate
{
    private const string FallbackRegion = "us-east-1";

    public static async Task<Snapshot> CollectAsync(LiveOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var credentials = options.CredentialSource
            ?? await AwsCredentialResolver.ResolveAsync(options.Credentials, cancellationToken).ConfigureAwait(false);
        using var client = new AwsClient(credentials, new AwsClientOptions { EndpointUrl = options.EndpointUrl, Environment = options.Environment });
        var home = options.Regions.FirstOrDefault(r => r != "all")
            ?? AwsCredentialResolver.DefaultRegion(options.Credentials.Profile, options.Environment)
            ?? FallbackRegion;
        var identity = await CallerIdentityReader.GetAsync(client, home, cancellationToken).ConfigureAwait(false);
        var errors = new List<CollectionError>();
        IReadOnlyList<string> regions;
        try
        {
            regions = await RegionsAsync(client, options.Regions, home, cancellationToken).ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            errors.Add(e.ToCollectionError(identity.Account));
            regions = [.. new[] { home }.Concat(options.Regions.Where(r => r != "all")).Distinct(StringComparer.Ordinal)];
        }

        return await new LiveCollector(CollectorCatalog.All, time, options.Progress).CollectAsync(client, identity.Account, regions, errors, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The regions to read: those named, or every enabled region (ec2:DescribeRegions) for "all" and by default.</summary>
    private static async Task<IReadOnlyList<string>> RegionsAsync(AwsClient client, IReadOnlyList<string> asked, string home, CancellationToken cancellationToken)
    {
        var named = asked.Where(r => r != "all").Distinct(StringComparer.Ordinal).ToList();
        if (named.Count > 0 && !asked.Contains("all")) return named;
        var response = await client.CallAsync("ec2", "DescribeRegions", new JsonObject(), home, cancellationToken).ConfigureAwait(false);
        var enabled = (response["Regions"] as JsonArray ?? [])
            .Select(r => r?["RegionName"]?.GetValue<string>())
            .OfType<string>()
            .ToList();
        return [.. new[] { home }.Concat(named).Concat(enabled).Distinct(StringComparer.Ordinal)];
    }
}
