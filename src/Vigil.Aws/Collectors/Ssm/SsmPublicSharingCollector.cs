using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Aws.Execution;
using Vigil.Core.Model.Account;
using AccountRegionUnreadable = Vigil.Aws.Collectors.Iam.AccountRegionUnreadable;

namespace Vigil.Aws.Collectors.Ssm;

/// <summary>Whether SSM documents of the account may be shared publicly in each region: the service setting
/// /ssm/documents/console/public-sharing-permission (Enable or Disable; an account that never changed it reads Enable).</summary>
internal sealed class SsmPublicSharingCollector : IResourceCollector
{
    private const string SettingId = "/ssm/documents/console/public-sharing-permission";

    public string Service => "ssm";
    public bool Regional => true;
    public IReadOnlyList<string> Actions { get; } = ["ssm:GetServiceSetting"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        string value;
        try
        {
            var answer = await target.Client.CallAsync("ssm", "GetServiceSetting", new JsonObject { ["SettingId"] = SettingId }, target.Region, cancellationToken).ConfigureAwait(false);
            value = answer["ServiceSetting"].Text("SettingValue")
                ?? throw new AwsServiceException("ssm", target.Region, "GetServiceSetting", "InvalidResponse", $"the service setting {SettingId} has no value", 0, null);
        }
        catch (AwsServiceException e)
        {
            AccountRegionUnreadable.Record(sink, target, nameof(AccountRegion.SsmDocumentPublicSharing), e);
            return;
        }
        sink.UpdateAccountRegion(target.AccountId, target.Region, region => region with { SsmDocumentPublicSharing = value });
    }
}
