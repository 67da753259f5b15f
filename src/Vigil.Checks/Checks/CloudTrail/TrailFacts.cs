using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.CloudTrail;

namespace Vigil.Checks.Checks.CloudTrail;

/// <summary>What a trail records, as the CloudTrail and monitoring checks need it.</summary>
internal static class TrailFacts
{
    /// <summary>The trails that record the account's activity: its own, and the organization trails of other accounts
    /// in the same AWS Organization (an organization trail in the management account covers every member).</summary>
    public static IEnumerable<Trail> Covering(Account account, CheckContext context)
    {
        var own = context.Index.InAccount<Trail>(account.AccountId);
        if (account.OrganizationId is null) return own;
        var organizationTrails = context.Index.Computed("cloudtrail-organization-trails", snapshot =>
        {
            var organizations = snapshot.Accounts.Where(a => a.OrganizationId is not null)
                .ToDictionary(a => a.AccountId, a => a.OrganizationId!, StringComparer.Ordinal);
            return snapshot.Trails
                .Where(t => t.IsOrganizationTrail && organizations.ContainsKey(t.AccountId))
                .ToLookup(t => organizations[t.AccountId], StringComparer.Ordinal);
        });
        return own.Concat(organizationTrails[account.OrganizationId].Where(t => t.AccountId != account.AccountId));
    }

    /// <summary>A trail that records in every region and is currently logging.</summary>
    public static bool IsMultiRegionLogging(Trail trail) => trail.IsMultiRegion && trail.IsLogging;

    /// <summary>Whether the trail records both read and write management events with no event source excluded.</summary>
    public static bool RecordsAllManagementEvents(Trail trail)
    {
        var management = trail.EventSelectors.Where(s => s.IncludeManagementEvents && s.ExcludeManagementEventSources.Count == 0).ToList();
        return management.Any(s => s.RecordsReads) && management.Any(s => s.RecordsWrites);
    }

    /// <summary>Whether the trail records S3 object-level events of the given kind for every bucket.</summary>
    public static bool RecordsS3DataEventsForAllBuckets(Trail trail, bool reads) =>
        trail.EventSelectors.Any(s => (reads ? s.RecordsReads : s.RecordsWrites)
            && s.DataResources.Any(d => d.Type == "AWS::S3::Object" && d.Values.Any(IsAllBucketsArn)));

    /// <summary>The log group ARN without the ":*" suffix CloudTrail reports it with.</summary>
    public static string NormaliseLogGroupArn(string arn) =>
        arn.EndsWith(":*", StringComparison.Ordinal) ? arn[..^2] : arn;

    private static bool IsAllBucketsArn(string value)
    {
        var parts = value.Split(':');
        // arn:PARTITION:s3 or arn:PARTITION:s3::: (every bucket), never a specific bucket prefix.
        return parts.Length is 3 or 6 && parts[0] == "arn" && parts[2] == "s3" && parts.Skip(3).All(p => p.Length == 0);
    }
}
