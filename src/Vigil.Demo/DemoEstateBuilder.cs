using Vigil.Core.Model;
using Vigil.Core.Model.Account;

namespace Vigil.Demo;

/// <summary>What a demo part writes to: the snapshot under construction and the list of deliberate weaknesses.</summary>
internal sealed class DemoEstateBuilder
{
    private readonly List<DemoWeakness> _weaknesses = [];

    public SnapshotBuilder Snapshot { get; } = new() { CollectedAt = DemoAccounts.CollectedAt };

    public DateTimeOffset Now => DemoAccounts.CollectedAt;

    public IReadOnlyList<DemoWeakness> Weaknesses => _weaknesses;

    public T Add<T>(T resource) where T : Resource
    {
        Snapshot.Add(resource);
        return resource;
    }

    /// <summary>Declares that <paramref name="checkId"/> must fail on the finding resource <paramref name="arn"/>.</summary>
    public void Weakness(string checkId, string arn, string description) =>
        _weaknesses.Add(new DemoWeakness(checkId, arn, description));

    public void UpdateAccount(string accountId, Func<Account, Account> change) =>
        Snapshot.Update(Account.ArnFor(accountId), change);

    public void UpdateRegion(string accountId, string region, Func<AccountRegion, AccountRegion> change) =>
        Snapshot.Update(AccountRegion.ArnFor(accountId, region), change);

    public void Error(CollectionError error) => Snapshot.Error(error);
}
