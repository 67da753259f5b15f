using System.Text.Json;
using Vigil.Core.Model.CloudTrail;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_cloudtrail, planned as logging unless enable_logging is false. Without event_selector blocks a trail
/// records all management events, reads and writes (CloudTrail's default selector); advanced_event_selector blocks are
/// not read.</summary>
internal sealed class CloudTrailMapper : IResourceMapper
{
    public string Type => "aws_cloudtrail";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var key = context.Read(instance, "kms_key_id");
        unknowns.Track("KmsKeyId", key);
        var bucket = context.Read(instance, "s3_bucket_name");
        unknowns.Track("S3BucketName", bucket);
        var logGroup = context.Read(instance, "cloud_watch_logs_group_arn");
        unknowns.Track("CloudWatchLogsLogGroupArn", logGroup);
        var logGroupArn = context.Text(logGroup);
        if (logGroupArn is not null)
            unknowns.Add("LatestCloudWatchLogsDeliveryTime", "the trail delivers to CloudWatch Logs only after apply.");
        var selectors = context.Read(instance, "event_selector");
        unknowns.Track("EventSelectors", selectors);
        context.Add(new Trail
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            HomeRegion = context.Region(instance),
            IsMultiRegion = context.Read(instance, "is_multi_region_trail").Bool ?? false,
            IsOrganizationTrail = context.Read(instance, "is_organization_trail").Bool ?? false,
            IsLogging = context.Read(instance, "enable_logging").Bool ?? true,
            LogFileValidationEnabled = context.Read(instance, "enable_log_file_validation").Bool ?? false,
            KmsKeyId = context.Text(key),
            S3BucketName = bucket.Referenced is { } planned ? context.Identity(planned).Name : bucket.String,
            CloudWatchLogsLogGroupArn = logGroupArn,
            IncludeGlobalServiceEvents = context.Read(instance, "include_global_service_events").Bool ?? true,
            EventSelectors = selectors.IsKnown && selectors.Items.Count > 0
                ? selectors.Items.Select(Selector).ToList()
                : [new EventSelector { IncludeManagementEvents = true }],
        }, unknowns);
    }

    private static EventSelector Selector(JsonElement selector) => new()
    {
        ReadWriteType = selector.TryGetProperty("read_write_type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString()! : "All",
        IncludeManagementEvents = !selector.TryGetProperty("include_management_events", out var management) || management.ValueKind != JsonValueKind.False,
        ExcludeManagementEventSources = JsonFields.Strings(selector, "exclude_management_event_sources"),
        DataResources = selector.TryGetProperty("data_resource", out var resources) && resources.ValueKind == JsonValueKind.Array
            ? resources.EnumerateArray().Select(r => new DataResource(
                r.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "", JsonFields.Strings(r, "values"))).ToList()
            : [],
    };
}
