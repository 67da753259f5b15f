using Vigil.Aws.Execution;
using Vigil.Core.Model;

namespace Vigil.Aws.Collection;

/// <summary>Receives what collectors read, from many collectors at once.</summary>
public sealed class CollectionSink
{
    private readonly Lock _lock = new();
    private readonly SnapshotBuilder _builder = new();
    private readonly Dictionary<string, Core.Model.Account.Account> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Core.Model.Account.AccountRegion> _accountRegions = new(StringComparer.Ordinal);

    public void Add<T>(T resource) where T : Resource
    {
        lock (_lock) _builder.Add(resource);
    }

    public void AddRange<T>(IEnumerable<T> resources) where T : Resource
    {
        var list = resources.ToList();
        lock (_lock) _builder.AddRange(list);
    }

    /// <summary>Adds the resources AWS Backup lists as protected (records, not resources of their own).</summary>
    public void AddProtectedResources(IEnumerable<Core.Model.Backup.ProtectedResource> records)
    {
        var list = records.ToList();
        lock (_lock) _builder.ProtectedResources(list);
    }

    /// <summary>Records a call that failed; the checks that need its data report error, never pass.</summary>
    public void Failed(AwsServiceException exception, string accountId, string? resourceType, string? resourceArn = null, string? property = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var error = exception.ToCollectionError(accountId, resourceType, resourceArn, property);
        lock (_lock) _builder.Error(error);
    }

    public void Failed(CollectionError error)
    {
        lock (_lock) _builder.Error(error);
    }

    /// <summary>Changes the account record that several collectors fill in (password policy from IAM, Block Public
    /// Access from S3 Control, contacts from Account).</summary>
    public void UpdateAccount(string accountId, Func<Core.Model.Account.Account, Core.Model.Account.Account> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_lock)
        {
            var current = _accounts.TryGetValue(accountId, out var found)
                ? found
                : new Core.Model.Account.Account { Arn = Core.Model.Account.Account.ArnFor(accountId), Name = accountId, AccountId = accountId };
            _accounts[accountId] = change(current);
        }
    }

    /// <summary>Changes the per-region account settings record (EBS default encryption, GuardDuty, Security Hub, Config, Access Analyzer).</summary>
    public void UpdateAccountRegion(string accountId, string region, Func<Core.Model.Account.AccountRegion, Core.Model.Account.AccountRegion> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var arn = Core.Model.Account.AccountRegion.ArnFor(accountId, region);
        lock (_lock)
        {
            var current = _accountRegions.TryGetValue(arn, out var found)
                ? found
                : new Core.Model.Account.AccountRegion { Arn = arn, Name = $"{accountId} {region}", AccountId = accountId, Region = region };
            _accountRegions[arn] = change(current);
        }
    }

    public Snapshot Build(IEnumerable<string> regions, DateTimeOffset collectedAt)
    {
        lock (_lock)
        {
            _builder.AddRange(_accounts.Values);
            _builder.AddRange(_accountRegions.Values);
            foreach (var region in regions) _builder.Region(region);
            _builder.CollectedAt = collectedAt;
            return _builder.Build();
        }
    }
}
