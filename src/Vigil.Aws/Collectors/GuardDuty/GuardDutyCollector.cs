using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Iam;
using Vigil.Aws.Execution;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Collectors.GuardDuty;

/// <summary>The GuardDuty detector of each region (a region has at most one) with its protection plans.</summary>
internal sealed class GuardDutyCollector : IResourceCollector
{
    public string Service => "guardduty";
    public bool Regional => true;
    public IReadOnlyList<string> Actions { get; } = ["guardduty:GetDetector", "guardduty:ListDetectors"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        GuardDutyDetector detector;
        try
        {
            var ids = new List<string>();
            await foreach (var page in target.Client.PaginateAsync("guardduty", "ListDetectors", null, target.Region, cancellationToken).ConfigureAwait(false))
            {
                ids.AddRange(page.Items("DetectorIds").Select(id => id.GetValue<string>()));
            }
            detector = ids.Count == 0 ? GuardDutyDetector.None : await ReadAsync(target, ids[0], cancellationToken).ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            AccountRegionUnreadable.Record(sink, target, nameof(AccountRegion.GuardDuty), e);
            return;
        }
        sink.UpdateAccountRegion(target.AccountId, target.Region, region => region with { GuardDuty = detector });
    }

    private static async Task<GuardDutyDetector> ReadAsync(CollectionTarget target, string id, CancellationToken cancellationToken)
    {
        var detail = await target.Client.CallAsync("guardduty", "GetDetector", new JsonObject { ["DetectorId"] = id }, target.Region, cancellationToken).ConfigureAwait(false);
        var features = new Dictionary<string, string>(StringComparer.Ordinal);
        var additional = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var feature in detail.Items("Features"))
        {
            if (feature.Text("Name") is { } name && feature.Text("Status") is { } status) features[name] = status;
            foreach (var configuration in feature.Items("AdditionalConfiguration"))
            {
                if (configuration.Text("Name") is { } name2 && configuration.Text("Status") is { } status2) additional[name2] = status2;
            }
        }
        return new GuardDutyDetector
        {
            DetectorId = id,
            Status = detail.Text("Status") ?? throw new AwsServiceException("guardduty", target.Region, "GetDetector", "InvalidResponse", $"detector {id} has no status", 0, null),
            Features = features,
            AdditionalConfigurations = additional,
        };
    }
}
