using Vigil.Aws.Collection;
using Vigil.Aws.Execution;
using Vigil.Core.Model;

namespace Vigil.Aws.Collectors.Organizations;

/// <summary>The organization's SCPs and RCPs (<see cref="OrganizationPolicyListing"/>) and the account's place in the
/// organization (<see cref="OrganizationParentsReader"/>), which only the management account or a delegated
/// administrator can read. A denied ListParents leaves Account.OrganizationParents unread; an account in no
/// organization gets neither and no error. In an --organization scan these are read once, from the caller's account,
/// for every account (<see cref="OrganizationWidePolicies"/>), not by this collector.</summary>
internal sealed class OrganizationPolicyCollector : IResourceCollector
{
    public string Service => "organizations";
    public bool Regional => false;
    public IReadOnlyList<string> Actions { get; } =
        ["organizations:DescribePolicy", "organizations:ListParents", "organizations:ListPolicies", "organizations:ListTargetsForPolicy"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var parents = ReadParentsAsync(target.Client, target.Region, target.AccountId, sink, cancellationToken);
        await OrganizationPolicyListing.ReadAsync(target.Client, target.Region, target.AccountId, sink, cancellationToken).ConfigureAwait(false);
        await parents.ConfigureAwait(false);
    }

    /// <summary>Reads one account's parents into its account record, or marks them unread with the reason.</summary>
    public static async Task ReadParentsAsync(AwsClient client, string region, string accountId, CollectionSink sink, CancellationToken cancellationToken)
    {
        try
        {
            var parents = await OrganizationParentsReader.ReadAsync(client, region, accountId, cancellationToken).ConfigureAwait(false);
            sink.UpdateAccount(accountId, account => account with { OrganizationParents = parents });
        }
        catch (AwsServiceException e) when (e.ErrorCode == "AWSOrganizationsNotInUseException")
        {
        }
        catch (AwsServiceException e)
        {
            const string property = nameof(Core.Model.Account.Account.OrganizationParents);
            sink.Failed(e, accountId, ResourceTypes.Account, Core.Model.Account.Account.ArnFor(accountId), property);
            sink.UpdateAccount(accountId, account => account with { Unreadable = [.. account.Unreadable, property] });
        }
    }
}
