using Vigil.Aws.Execution;
using Vigil.Core;

namespace Vigil.Aws.Collection;

/// <summary>Lists the organization's accounts (organizations:ListAccounts), which only the management account or a
/// delegated administrator may do; anything else is a clear user error, since --organization cannot go on without it.</summary>
public static class OrganizationAccounts
{
    public static async Task<IReadOnlyList<OrganizationAccount>> ListAsync(AwsClient client, string region, CancellationToken cancellationToken)
    {
        var accounts = new List<OrganizationAccount>();
        try
        {
            await foreach (var page in client.PaginateAsync("organizations", "ListAccounts", null, region, cancellationToken).ConfigureAwait(false))
            {
                foreach (var account in page["Accounts"]?.AsArray() ?? [])
                {
                    var id = account?["Id"]?.GetValue<string>();
                    if (id is null) continue;
                    accounts.Add(new OrganizationAccount(id, account?["Name"]?.GetValue<string>() ?? id, account?["Status"]?.GetValue<string>() ?? "UNKNOWN"));
                }
            }
        }
        catch (AwsServiceException e)
        {
            throw new VigilInputException(
                $"--organization: the organization's accounts could not be listed (organizations:ListAccounts: {e.ErrorCode}: {e.ServiceMessage}). " +
                "Run it with credentials of the management account or of a delegated administrator.");
        }
        return accounts;
    }
}
