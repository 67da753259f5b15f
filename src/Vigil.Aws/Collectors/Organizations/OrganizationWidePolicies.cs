using Vigil.Aws.Collection;
using Vigil.Aws.Execution;
using Vigil.Core.Model;

namespace Vigil.Aws.Collectors.Organizations;

/// <summary>For an --organization scan: the organization's SCPs and RCPs read once, and every account's place in the
/// organization, all with the caller's (management or delegated administrator) credentials, then folded into the
/// merged snapshot of the accounts.</summary>
internal static class OrganizationWidePolicies
{
    /// <summary>The collectors each account runs itself: all but the one whose data is read here once.</summary>
    public static IReadOnlyList<IResourceCollector> PerAccount(IReadOnlyList<IResourceCollector> collectors) =>
        [.. collectors.Where(c => c is not OrganizationPolicyCollector)];

    public static async Task<Snapshot> ReadAsync(AwsClient caller, string callerAccount, string region, IReadOnlyList<string> accountIds, CancellationToken cancellationToken)
    {
        var sink = new CollectionSink();
        var parents = accountIds.Select(id => OrganizationPolicyCollector.ReadParentsAsync(caller, region, id, sink, cancellationToken));
        await Task.WhenAll(parents.Append(OrganizationPolicyListing.ReadAsync(caller, region, callerAccount, sink, cancellationToken))).ConfigureAwait(false);
        return sink.Build([], DateTimeOffset.MinValue);
    }

    /// <summary>The accounts' snapshot with each account's parents (or their unread mark), the policies and the errors.</summary>
    public static Snapshot Apply(Snapshot accounts, Snapshot organization)
    {
        var read = organization.Accounts.ToDictionary(a => a.AccountId, StringComparer.Ordinal);
        return accounts with
        {
            Accounts = [.. accounts.Accounts.Select(a => read.TryGetValue(a.AccountId, out var o)
                ? a with { OrganizationParents = o.OrganizationParents, Unreadable = [.. a.Unreadable, .. o.Unreadable] }
                : a)],
            OrganizationPolicies = [.. accounts.OrganizationPolicies, .. organization.OrganizationPolicies],
            Errors = [.. accounts.Errors, .. organization.Errors],
        };
    }
}
