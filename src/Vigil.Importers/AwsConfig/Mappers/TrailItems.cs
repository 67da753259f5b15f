using Vigil.Core.Model;
using Vigil.Core.Model.CloudTrail;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::CloudTrail::Trail: DescribeTrails' trail. AWS Config does not record whether the trail is logging
/// (GetTrailStatus) nor its event selectors, unless the item carries them.</summary>
internal sealed class TrailItems : IConfigItemMapper
{
    public string ResourceType => ResourceTypes.Trail;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var name = c.Text("name") ?? item.Name;
        var home = c.Text("homeRegion") ?? item.Region;
        var logging = c.Flag("isLogging");
        var trail = new Trail
        {
            Arn = c.Text("trailARN") ?? item.Arn ?? $"arn:aws:cloudtrail:{home}:{item.AccountId}:trail/{name}",
            Name = name,
            AccountId = item.AccountId,
            Region = home,
            Tags = item.Tags,
            HomeRegion = home,
            IsMultiRegion = c.Flag("isMultiRegionTrail") == true,
            IsOrganizationTrail = c.Flag("isOrganizationTrail") == true,
            IsLogging = logging == true,
            LogFileValidationEnabled = c.Flag("logFileValidationEnabled") == true,
            KmsKeyId = c.Text("kmsKeyId"),
            S3BucketName = c.Text("s3BucketName"),
            CloudWatchLogsLogGroupArn = c.Text("cloudWatchLogsLogGroupArn"),
            IncludeGlobalServiceEvents = c.Flag("includeGlobalServiceEvents") == true,
            EventSelectors =
            [
                .. c.Items("eventSelectors").Select(s => new EventSelector
                {
                    ReadWriteType = s.Text("readWriteType") ?? "All",
                    IncludeManagementEvents = s.Flag("includeManagementEvents") ?? true,
                    ExcludeManagementEventSources = s.Texts("excludeManagementEventSources"),
                    DataResources = [.. s.Items("dataResources").Select(d => new DataResource(d.Text("type") ?? "", d.Texts("values")))],
                }),
            ],
        };
        var missing = new MissingProperties("cloudtrail", ResourceType)
            .AddIf(logging is null, nameof(Trail.IsLogging), "GetTrailStatus")
            .Add(nameof(Trail.LatestCloudWatchLogsDeliveryTime), "GetTrailStatus")
            .AddIf(!c.Has("eventSelectors"), nameof(Trail.EventSelectors), "GetEventSelectors");
        import.Add(import.Missing(trail, missing.List));
    }
}
