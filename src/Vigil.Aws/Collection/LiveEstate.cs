using Vigil.Aws.Credentials;
using Vigil.Aws.Execution;
using Vigil.Aws.Sts;
using Vigil.Core.Model;

namespace Vigil.Aws.Collection;

/// <summary>Reads the account the credentials belong to (or, with <see cref="LiveOptions.Organization"/>, every account
/// of its organization): who we are first (sts:GetCallerIdentity), then the regions, then every collector.</summary>
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
        if (options.Organization) return await new LiveOrganization(options, client, identity, home, time).CollectAsync(cancellationToken).ConfigureAwait(false);
        var regions = await LiveRegions.ResolveAsync(client, options.Regions, home, cancellationToken).ConfigureAwait(false);
        return await new LiveCollector(CollectorCatalog.All, time, options.Progress)
            .CollectAsync(client, identity.Account, regions.Regions, regions.Errors(identity.Account), cancellationToken).ConfigureAwait(false);
    }
}
