using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Iam;
using Vigil.Aws.Execution;
using Vigil.Core.Model;

namespace Vigil.Aws.Collectors.Organizations;

/// <summary>The organization the account belongs to and whether it is the organization's management account. An
/// account outside any organization (AWSOrganizationsNotInUseException) has no organization id and is not a
/// management account; a denied call leaves both unread.</summary>
internal sealed class OrganizationCollector : IResourceCollector
{
    public string Service => "organizations";
    public bool Regional => false;
    public IReadOnlyList<string> Actions { get; } = ["organizations:DescribeOrganization"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        string? organizationId = null;
        var management = false;
        try
        {
            var organization = (await target.Client.CallAsync("organizations", "DescribeOrganization", null, target.Region, cancellationToken).ConfigureAwait(false))["Organization"];
            organizationId = organization.Text("Id") ?? throw new AwsServiceException("organizations", target.Region, "DescribeOrganization", "InvalidResponse", "the organization has no Id", 0, null);
            management = organization.Text("MasterAccountId") == target.AccountId;
        }
        catch (AwsServiceException e) when (e.ErrorCode == "AWSOrganizationsNotInUseException")
        {
        }
        catch (AwsServiceException e)
        {
            string[] unread = ["OrganizationId", "IsOrganizationManagementAccount"];
            foreach (var property in unread) sink.Failed(e, target.AccountId, ResourceTypes.Account, Core.Model.Account.Account.ArnFor(target.AccountId), property);
            sink.UpdateAccount(target.AccountId, account => account with { Unreadable = [.. account.Unreadable, .. unread] });
            return;
        }
        sink.UpdateAccount(target.AccountId, account => account with { OrganizationId = organizationId, IsOrganizationManagementAccount = management });
    }
}
