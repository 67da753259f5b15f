using Vigil.Aws.Collectors.Organizations;
using Vigil.Aws.Credentials;
using Vigil.Aws.Execution;
using Vigil.Aws.Sts;
using Vigil.Core.Model;

namespace Vigil.Aws.Collection;

/// <summary>--organization: lists the organization's active accounts and reads each through the role
/// <see cref="LiveOptions.OrganizationRoleName"/> (the caller's own account with its own credentials), several accounts
/// at once, into one snapshot. An account whose role cannot be assumed is in the snapshot with every check's data
/// unread for that reason, so it shows as errors rather than vanishing. The organization's SCPs and RCPs and every
/// account's place in it are read once, with the caller's credentials (<see cref="OrganizationWidePolicies"/>).</summary>
internal sealed class LiveOrganization(LiveOptions options, AwsClient caller, CallerIdentity identity, string home, TimeProvider time)
{
    public async Task<Snapshot> CollectAsync(CancellationToken cancellationToken)
    {
        var accounts = (await OrganizationAccounts.ListAsync(caller, home, cancellationToken).ConfigureAwait(false))
            .Where(a => a.Status == "ACTIVE")
            .ToList();
        if (accounts.Count == 0) throw new Core.VigilInputException("--organization: the organization lists no active account.");
        var callerRegions = await LiveRegions.ResolveAsync(caller, options.Regions, home, cancellationToken).ConfigureAwait(false);
        using var gate = new SemaphoreSlim(Math.Max(1, options.AccountConcurrency));
        var snapshots = await Task.WhenAll(accounts.Select(async account =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await CollectAccountAsync(account, callerRegions, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);
        var organization = await OrganizationWidePolicies.ReadAsync(caller, identity.Account, home, [.. accounts.Select(a => a.Id)], cancellationToken).ConfigureAwait(false);
        return OrganizationWidePolicies.Apply(SnapshotMerge.Merge(snapshots), organization);
    }

    private async Task<Snapshot> CollectAccountAsync(OrganizationAccount account, LiveRegions.Result callerRegions, CancellationToken cancellationToken)
    {
        var progress = options.Progress is { } inner ? new AccountProgress(inner, account.Id) : null;
        if (account.Id == identity.Account)
            return Named(await CollectWithAsync(caller, account, callerRegions, progress, cancellationToken).ConfigureAwait(false), account);

        var role = $"arn:{Partition(identity.Arn)}:iam::{account.Id}:role/{options.OrganizationRoleName}";
        using var credentials = new AssumedRoleCredentialSource(caller, role, null, options.Credentials.RoleSessionName, home, time);
        using var client = new AwsClient(credentials, new AwsClientOptions { EndpointUrl = options.EndpointUrl, Environment = options.Environment });
        try
        {
            await credentials.GetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            return UnreachableAccount.Snapshot(account, callerRegions.Regions, e, time.GetUtcNow());
        }
        var regions = await LiveRegions.ResolveAsync(client, options.Regions, home, cancellationToken).ConfigureAwait(false);
        return Named(await CollectWithAsync(client, account, regions, progress, cancellationToken).ConfigureAwait(false), account);
    }

    private async Task<Snapshot> CollectWithAsync(AwsClient client, OrganizationAccount account, LiveRegions.Result regions, IProgress<CollectionStep>? progress, CancellationToken cancellationToken) =>
        await new LiveCollector(OrganizationWidePolicies.PerAccount(CollectorCatalog.All), time, progress)
            .CollectAsync(client, account.Id, regions.Regions, regions.Errors(account.Id), cancellationToken).ConfigureAwait(false);

    private static Snapshot Named(Snapshot snapshot, OrganizationAccount account) => snapshot with
    {
        Accounts = snapshot.Accounts.Select(a => a.AccountId == account.Id ? a with { Name = account.Name } : a).ToList(),
    };

    private static string Partition(string arn) => arn.Split(':') is [_, var partition, ..] && partition.Length > 0 ? partition : "aws";

    private sealed class AccountProgress(IProgress<CollectionStep> inner, string account) : IProgress<CollectionStep>
    {
        public void Report(CollectionStep value) => inner.Report(value with { Account = account });
    }
}
