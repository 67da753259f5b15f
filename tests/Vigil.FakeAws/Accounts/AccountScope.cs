using Vigil.Core.Model;

namespace Vigil.ScriptedAws.Accounts;

/// <summary>The part of a snapshot one scripted account serves: its resources, per region where they are regional.</summary>
internal sealed class AccountScope(Snapshot snapshot, string accountId)
{
    public Snapshot Snapshot { get; } = snapshot;
    public string AccountId { get; } = accountId;

    /// <summary>The snapshot's regions, then any region a resource of the account is in.</summary>
    public IReadOnlyList<string> Regions { get; } =
    [
        .. snapshot.Regions.Concat(snapshot.AllResources().Where(r => r.AccountId == accountId && r.Region is not null).Select(r => r.Region!))
            .Distinct(StringComparer.Ordinal),
    ];

    public IEnumerable<T> Of<T>() where T : Resource => Snapshot.Resources<T>().Where(r => r.AccountId == AccountId);

    public IEnumerable<T> In<T>(string region) where T : Resource => Of<T>().Where(r => r.Region == region);
}
