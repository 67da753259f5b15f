using System.Collections.Frozen;
using Vigil.Core.Model;

namespace Vigil.Core.Responsibilities;

/// <summary>The account-level settings a service file may name under presence.settings: each tells from a snapshot
/// that the estate uses (or was inventoried for) a service that has no resources of its own to find.</summary>
public static class PresenceSettings
{
    private static readonly FrozenDictionary<string, Func<Snapshot, bool>> Tests = new Dictionary<string, Func<Snapshot, bool>>
    {
        // Every account has a root user, IAM, CloudTrail event history and CloudWatch: account-wide duties apply.
        ["account"] = s => s.Accounts.Count > 0,
        ["organization-member"] = s => s.Accounts.Any(a => a.OrganizationId is not null),
        ["alternate-contacts"] = s => s.Accounts.Any(a => a.SecurityContact is not null || a.OperationsContact is not null || a.BillingContact is not null),
        ["ebs-encryption-by-default"] = s => s.AccountRegions.Any(r => r.EbsEncryptionByDefault is not null),
        ["guardduty"] = s => s.AccountRegions.Any(r => r.GuardDuty is not null),
        ["securityhub"] = s => s.AccountRegions.Any(r => r.SecurityHub is not null),
        ["config-recorder"] = s => s.AccountRegions.Any(r => r.Config is not null),
        ["aurora-cluster"] = s => s.RdsClusters.Any(c => c.Engine.StartsWith("aurora", StringComparison.Ordinal)),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => Tests.Keys;

    public static bool IsPresent(string name, Snapshot snapshot) => Tests[name](snapshot);
}
