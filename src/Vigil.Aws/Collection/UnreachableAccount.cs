using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Collection;

/// <summary>The snapshot of an organization account whose role could not be assumed: the account itself with every
/// setting unread, and every resource type unlisted, all for the same reason, so every check reports error for it.</summary>
internal static class UnreachableAccount
{
    private static readonly string[] AccountSettings = typeof(Account).GetProperties()
        .Where(p => p.DeclaringType == typeof(Account) && p.CanWrite)
        .Select(p => p.Name)
        .ToArray();

    public static Snapshot Snapshot(OrganizationAccount account, IReadOnlyList<string> regions, AwsServiceException cause, DateTimeOffset collectedAt)
    {
        var builder = new SnapshotBuilder();
        builder.Add(new Account { Arn = Account.ArnFor(account.Id), Name = account.Name, AccountId = account.Id, Unreadable = AccountSettings });
        builder.Error(cause.ToCollectionError(account.Id, ResourceTypes.Account, Account.ArnFor(account.Id)));
        foreach (var typeName in SnapshotResources.Types.Select(SnapshotResources.TypeName).Where(t => t != ResourceTypes.Account).Distinct(StringComparer.Ordinal))
        {
            builder.Error(cause.ToCollectionError(account.Id, typeName) with { Region = null });
        }
        foreach (var region in regions)
        {
            builder.Error(cause.ToCollectionError(account.Id, ResourceTypes.Account) with { Region = region });
            builder.Region(region);
        }
        builder.CollectedAt = collectedAt;
        return builder.Build();
    }
}
