using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.S3;
using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.CloudWatch;

namespace Vigil.Aws.Collectors.CloudWatch;

/// <summary>The region's CloudWatch metric alarms with their tags (composite alarms watch no metric and are not modelled).</summary>
internal sealed class MetricAlarmCollector : IResourceCollector
{
    public string Service => "cloudwatch";
    public bool Regional => true;
    public IReadOnlyList<string> Actions { get; } = ["cloudwatch:DescribeAlarms", "cloudwatch:ListTagsForResource"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sink);
        var alarms = new List<MetricAlarm>();
        try
        {
            await foreach (var page in target.Client.PaginateAsync("cloudwatch", "DescribeAlarms", null, target.Region, cancellationToken).ConfigureAwait(false))
            {
                alarms.AddRange(page.Items("MetricAlarms").Select(alarm =>
                {
                    var name = alarm.String("AlarmName") ?? throw new InvalidDataException("DescribeAlarms returned an alarm without a name.");
                    return new MetricAlarm
                    {
                        Arn = alarm.String("AlarmArn") ?? $"arn:{target.Partition}:cloudwatch:{target.Region}:{target.AccountId}:alarm:{name}",
                        Name = name,
                        AccountId = target.AccountId,
                        Region = target.Region,
                        MetricName = alarm.String("MetricName"),
                        Namespace = alarm.String("Namespace"),
                        ActionsEnabled = alarm.Bool("ActionsEnabled") ?? false,
                        AlarmActions = [.. alarm.Strings("AlarmActions")],
                        StateValue = alarm.String("StateValue"),
                    };
                }));
            }
        }
        catch (AwsServiceException e)
        {
            sink.Failed(e, target.AccountId, ResourceTypes.MetricAlarm);
            return;
        }
        var tagged = await Task.WhenAll(alarms.Select(alarm => WithTagsAsync(target, sink, alarm, cancellationToken))).ConfigureAwait(false);
        sink.AddRange(tagged);
    }

    private static readonly Dictionary<string, string> NoTags = new(StringComparer.Ordinal);

    private static async Task<MetricAlarm> WithTagsAsync(CollectionTarget target, CollectionSink sink, MetricAlarm alarm, CancellationToken ct)
    {
        var reads = new DetailReads(sink, target.AccountId, ResourceTypes.MetricAlarm, alarm.Arn);
        var tags = await reads.ReadAsync<IReadOnlyDictionary<string, string>>(nameof(MetricAlarm.Tags), async () =>
        {
            var response = await target.Client.CallAsync("cloudwatch", "ListTagsForResource", new JsonObject { ["ResourceARN"] = alarm.Arn }, target.Region, ct).ConfigureAwait(false);
            var found = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var tag in response.Items("Tags"))
            {
                if (tag.String("Key") is { } key) found[key] = tag.String("Value") ?? "";
            }
            return found;
        }, NoTags).ConfigureAwait(false);
        return alarm with { Tags = tags, Unreadable = reads.Unreadable };
    }
}
