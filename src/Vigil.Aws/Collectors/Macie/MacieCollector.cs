using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using AccountRegionUnreadable = Vigil.Aws.Collectors.Iam.AccountRegionUnreadable;
using Vigil.Aws.Execution;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Collectors.Macie;

/// <summary>Whether Amazon Macie is enabled in each region, and its automated sensitive data discovery. GetMacieSession
/// answers AccessDeniedException with the message "Macie is not enabled" for an account without a Macie session, which
/// is the disabled state, not a failure; any other AccessDeniedException is a denied call.</summary>
internal sealed class MacieCollector : IResourceCollector
{
    private const string NotEnabledMessage = "Macie is not enabled";

    public string Service => "macie2";
    public bool Regional => true;
    public IReadOnlyList<string> Actions { get; } = ["macie2:GetAutomatedDiscoveryConfiguration", "macie2:GetMacieSession"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        string status;
        try
        {
            var session = await target.Client.CallAsync("macie2", "GetMacieSession", null, target.Region, cancellationToken).ConfigureAwait(false);
            status = session.Text("status")
                ?? throw new AwsServiceException("macie2", target.Region, "GetMacieSession", "InvalidResponse", "the Macie session has no status", 0, null);
        }
        catch (AwsServiceException e) when (e.ErrorCode == "AccessDeniedException" && e.ServiceMessage.Contains(NotEnabledMessage, StringComparison.OrdinalIgnoreCase))
        {
            sink.UpdateAccountRegion(target.AccountId, target.Region, region => region with { Macie = "DISABLED", MacieAutomatedDiscovery = "DISABLED" });
            return;
        }
        catch (AwsServiceException e)
        {
            AccountRegionUnreadable.Record(sink, target, nameof(AccountRegion.Macie), e);
            AccountRegionUnreadable.Record(sink, target, nameof(AccountRegion.MacieAutomatedDiscovery), e);
            return;
        }

        sink.UpdateAccountRegion(target.AccountId, target.Region, region => region with { Macie = status });
        var discovery = await target.DetailAsync("macie2", "GetAutomatedDiscoveryConfiguration", [], cancellationToken).ConfigureAwait(false);
        if (discovery.Failure is { } failure)
        {
            AccountRegionUnreadable.Record(sink, target, nameof(AccountRegion.MacieAutomatedDiscovery), failure);
            return;
        }
        var automated = discovery.Output.Text("status") ?? "DISABLED";
        sink.UpdateAccountRegion(target.AccountId, target.Region, region => region with { MacieAutomatedDiscovery = automated });
    }
}
