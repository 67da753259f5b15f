using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Iam;
using Vigil.Aws.Execution;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Collectors.Config;

/// <summary>The AWS Config configuration recorder of each region (the customer-managed one; service-linked recorders
/// of other services are ignored), its status and whether a delivery channel exists.</summary>
internal sealed class ConfigRecorderCollector : IResourceCollector
{
    public string Service => "config";
    public bool Regional => true;

    public IReadOnlyList<string> Actions { get; } =
        ["config:DescribeConfigurationRecorderStatus", "config:DescribeConfigurationRecorders", "config:DescribeDeliveryChannels"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var recorders = Read<JsonObject>.Of(() => CallAsync(target, "DescribeConfigurationRecorders", cancellationToken));
        var statuses = Read<JsonObject>.Of(() => CallAsync(target, "DescribeConfigurationRecorderStatus", cancellationToken));
        var channels = Read<JsonObject>.Of(() => CallAsync(target, "DescribeDeliveryChannels", cancellationToken));
        await Task.WhenAll(recorders, statuses, channels).ConfigureAwait(false);
        if ((recorders.Result.Failure ?? statuses.Result.Failure ?? channels.Result.Failure) is { } failure)
        {
            AccountRegionUnreadable.Record(sink, target, nameof(AccountRegion.Config), failure);
            return;
        }

        var recorder = recorders.Result.Value.Items("ConfigurationRecorders").FirstOrDefault(r => r.Text("servicePrincipal") is null);
        ConfigRecorderStatus config;
        if (recorder is null)
        {
            config = new ConfigRecorderStatus();
        }
        else
        {
            var name = recorder.Text("name");
            var status = statuses.Result.Value.Items("ConfigurationRecordersStatus").FirstOrDefault(s => s.Text("name") == name);
            config = new ConfigRecorderStatus
            {
                RecorderName = name,
                Recording = status.Flag("recording") ?? false,
                AllSupported = recorder["recordingGroup"].Flag("allSupported") ?? false,
                IncludeGlobalResourceTypes = recorder["recordingGroup"].Flag("includeGlobalResourceTypes") ?? false,
                RoleArn = recorder.Text("roleARN"),
                DeliveryChannelConfigured = channels.Result.Value.Items("DeliveryChannels").Any(),
                LastStatus = status.Text("lastStatus")?.ToUpperInvariant(),
            };
        }
        sink.UpdateAccountRegion(target.AccountId, target.Region, region => region with { Config = config });
    }

    private static Task<JsonObject> CallAsync(CollectionTarget target, string operation, CancellationToken cancellationToken) =>
        target.Client.CallAsync("config", operation, null, target.Region, cancellationToken);
}
