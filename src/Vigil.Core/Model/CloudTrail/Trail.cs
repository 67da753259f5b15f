namespace Vigil.Core.Model.CloudTrail;

public sealed record Trail : Resource
{
    public override string ResourceType => ResourceTypes.Trail;

    /// <summary>The region where the trail was created.</summary>
    public string? HomeRegion { get; init; }
    public bool IsMultiRegion { get; init; }
    public bool IsOrganizationTrail { get; init; }
    public bool IsLogging { get; init; }
    public bool LogFileValidationEnabled { get; init; }
    public string? KmsKeyId { get; init; }
    public string? S3BucketName { get; init; }
    public string? CloudWatchLogsLogGroupArn { get; init; }
    public DateTimeOffset? LatestCloudWatchLogsDeliveryTime { get; init; }
    public bool IncludeGlobalServiceEvents { get; init; }
    public IReadOnlyList<EventSelector> EventSelectors { get => field ?? []; init; }
}
