using System.Text.Json.Nodes;
using Vigil.Core.Model.CloudTrail;
using Vigil.ScriptedAws.Script;

namespace Vigil.ScriptedAws.Accounts;

/// <summary>CloudTrail: DescribeTrails in every region (the region's own trails; with includeShadowTrails also the
/// multi-region trails homed elsewhere, as CloudTrail lists them), and per trail its status and event selectors
/// in its home region.</summary>
internal static class CloudTrailScript
{
    public static void Add(AccountScope scope, ScriptedAccount script)
    {
        var trails = scope.Of<Trail>().ToList();
        foreach (var region in scope.Regions)
        {
            var own = trails.Where(t => Home(t) == region).ToList();
            var shadows = trails.Where(t => t.IsMultiRegion && Home(t) != region);
            script.Answer("cloudtrail", "DescribeTrails", new JsonObject { ["trailList"] = Trees.Array(own.Select(Describe)) }, region, new JsonObject { ["includeShadowTrails"] = false });
            script.Answer("cloudtrail", "DescribeTrails", new JsonObject { ["trailList"] = Trees.Array(own.Concat(shadows).Select(Describe)) }, region, new JsonObject { ["includeShadowTrails"] = true });
        }
        foreach (var trail in trails)
        {
            script.Answer("cloudtrail", "GetTrailStatus", Trees.Object(
                ("IsLogging", trail.IsLogging), ("LatestCloudWatchLogsDeliveryTime", Trees.Iso(trail.LatestCloudWatchLogsDeliveryTime))),
                Home(trail), new JsonObject { ["Name"] = trail.Arn });
            script.Answer("cloudtrail", "GetEventSelectors", new JsonObject
            {
                ["TrailARN"] = trail.Arn,
                ["EventSelectors"] = Trees.Array(trail.EventSelectors.Select(s => new JsonObject
                {
                    ["ReadWriteType"] = s.ReadWriteType,
                    ["IncludeManagementEvents"] = s.IncludeManagementEvents,
                    ["DataResources"] = Trees.Array(s.DataResources.Select(d => new JsonObject { ["Type"] = d.Type, ["Values"] = Trees.Strings(d.Values) })),
                    ["ExcludeManagementEventSources"] = Trees.Strings(s.ExcludeManagementEventSources),
                })),
            }, Home(trail), new JsonObject { ["TrailName"] = trail.Arn });
            script.Answer("cloudtrail", "ListTags", new JsonObject
            {
                ["ResourceTagList"] = new JsonArray(new JsonObject { ["ResourceId"] = trail.Arn, ["TagsList"] = Trees.KeyValueTags(trail.Tags) }),
            }, Home(trail), new JsonObject { ["ResourceIdList"] = new JsonArray(trail.Arn) });
        }
    }

    private static string Home(Trail trail) => trail.HomeRegion ?? trail.Region ?? "us-east-1";

    private static JsonObject Describe(Trail trail) => Trees.Object(
        ("Name", trail.Name), ("S3BucketName", trail.S3BucketName), ("IncludeGlobalServiceEvents", trail.IncludeGlobalServiceEvents),
        ("IsMultiRegionTrail", trail.IsMultiRegion), ("HomeRegion", Home(trail)), ("TrailARN", trail.Arn),
        ("LogFileValidationEnabled", trail.LogFileValidationEnabled), ("CloudWatchLogsLogGroupArn", trail.CloudWatchLogsLogGroupArn),
        ("KmsKeyId", trail.KmsKeyId), ("IsOrganizationTrail", trail.IsOrganizationTrail), ("HasCustomEventSelectors", trail.EventSelectors.Count > 0));
}
