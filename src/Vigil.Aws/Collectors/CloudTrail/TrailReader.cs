using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.S3;
using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.CloudTrail;

namespace Vigil.Aws.Collectors.CloudTrail;

/// <summary>Lists trails with DescribeTrails and reads each one's status, event selectors and tags in its home region. Only
/// the account's own trails are kept: an organization trail shows in member accounts too, and is collected (and
/// credited to the members) from the management account.</summary>
internal static class TrailReader
{
    public static readonly IReadOnlyList<string> Actions = ["cloudtrail:DescribeTrails", "cloudtrail:GetEventSelectors", "cloudtrail:GetTrailStatus", "cloudtrail:ListTags"];

    public static async Task CollectAsync(CollectionTarget target, CollectionSink sink, bool includeShadowTrails, Func<JsonNode, bool> keep, CancellationToken ct)
    {
        JsonObject listed;
        try
        {
            listed = await target.Client.CallAsync("cloudtrail", "DescribeTrails", new JsonObject { ["includeShadowTrails"] = includeShadowTrails }, target.Region, ct).ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            sink.Failed(e, target.AccountId, ResourceTypes.Trail);
            return;
        }
        var own = listed.Items("trailList").Where(t => IsOwn(t, target.AccountId) && keep(t)).ToList();
        var trails = await Task.WhenAll(own.Select(trail => ReadAsync(target, sink, trail, ct))).ConfigureAwait(false);
        sink.AddRange(trails);
    }

    private static readonly Dictionary<string, string> NoTags = new(StringComparer.Ordinal);

    /// <summary>A trail's tags, asked for in its home region (ListTags answers only for trails created there).</summary>
    private static async Task<IReadOnlyDictionary<string, string>> TagsAsync(CollectionTarget target, string arn, string home, CancellationToken ct)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var page in target.Client.PaginateAsync("cloudtrail", "ListTags", new JsonObject { ["ResourceIdList"] = new JsonArray(arn) }, home, ct).ConfigureAwait(false))
        {
            foreach (var resource in page.Items("ResourceTagList").Where(r => r.String("ResourceId") == arn))
            {
                foreach (var tag in resource.Items("TagsList"))
                {
                    if (tag.String("Key") is { } key) tags[key] = tag.String("Value") ?? "";
                }
            }
        }
        return tags;
    }

    private static bool IsOwn(JsonNode trail, string accountId) => trail.String("TrailARN")?.Split(':') is [_, _, _, _, var account, ..] && account == accountId;

    private static async Task<Trail> ReadAsync(CollectionTarget target, CollectionSink sink, JsonNode trail, CancellationToken ct)
    {
        var arn = trail.String("TrailARN")!;
        var home = trail.String("HomeRegion") ?? target.Region;
        var reads = new DetailReads(sink, target.AccountId, ResourceTypes.Trail, arn);
        var status = reads.ReadAsync([nameof(Trail.IsLogging), nameof(Trail.LatestCloudWatchLogsDeliveryTime)],
            async () => (JsonNode?)await target.Client.CallAsync("cloudtrail", "GetTrailStatus", new JsonObject { ["Name"] = arn }, home, ct).ConfigureAwait(false), null);
        var selectors = reads.ReadAsync<IReadOnlyList<EventSelector>>(nameof(Trail.EventSelectors),
            async () => EventSelectors.From(await target.Client.CallAsync("cloudtrail", "GetEventSelectors", new JsonObject { ["TrailName"] = arn }, home, ct).ConfigureAwait(false), target.Partition),
            []);
        var tags = reads.ReadAsync<IReadOnlyDictionary<string, string>>(nameof(Trail.Tags), () => TagsAsync(target, arn, home, ct), NoTags);
        var statusOutput = await status.ConfigureAwait(false);
        return new Trail
        {
            Arn = arn,
            Name = trail.String("Name") ?? arn,
            AccountId = target.AccountId,
            Region = home,
            HomeRegion = home,
            IsMultiRegion = trail.Bool("IsMultiRegionTrail") ?? false,
            IsOrganizationTrail = trail.Bool("IsOrganizationTrail") ?? false,
            IsLogging = statusOutput.Bool("IsLogging") ?? false,
            LogFileValidationEnabled = trail.Bool("LogFileValidationEnabled") ?? false,
            KmsKeyId = trail.String("KmsKeyId"),
            S3BucketName = trail.String("S3BucketName"),
            CloudWatchLogsLogGroupArn = trail.String("CloudWatchLogsLogGroupArn"),
            LatestCloudWatchLogsDeliveryTime = statusOutput.Time("LatestCloudWatchLogsDeliveryTime"),
            IncludeGlobalServiceEvents = trail.Bool("IncludeGlobalServiceEvents") ?? false,
            EventSelectors = await selectors.ConfigureAwait(false),
            Tags = await tags.ConfigureAwait(false),
            Unreadable = reads.Unreadable,
        };
    }
}
