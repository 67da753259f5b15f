using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Iam;
using Vigil.Aws.Execution;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Collectors.SecurityHub;

/// <summary>Whether Security Hub is enabled in each region, and its enabled standards. DescribeHub answers
/// InvalidAccessException for an account that is not subscribed (Security Hub off in that region).</summary>
internal sealed class SecurityHubCollector : IResourceCollector
{
    private static readonly HashSet<string> EnabledStates = new(["READY", "PENDING", "INCOMPLETE"], StringComparer.Ordinal);

    public string Service => "securityhub";
    public bool Regional => true;
    public IReadOnlyList<string> Actions { get; } = ["securityhub:DescribeHub", "securityhub:GetEnabledStandards"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        SecurityHubStatus status;
        try
        {
            status = await ReadAsync(target, cancellationToken).ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            AccountRegionUnreadable.Record(sink, target, nameof(AccountRegion.SecurityHub), e);
            return;
        }
        sink.UpdateAccountRegion(target.AccountId, target.Region, region => region with { SecurityHub = status });
    }

    private static async Task<SecurityHubStatus> ReadAsync(CollectionTarget target, CancellationToken cancellationToken)
    {
        try
        {
            await target.Client.CallAsync("securityhub", "DescribeHub", null, target.Region, cancellationToken).ConfigureAwait(false);
        }
        catch (AwsServiceException e) when (e.ErrorCode == "InvalidAccessException")
        {
            return new SecurityHubStatus { Enabled = false };
        }
        var standards = new List<string>();
        await foreach (var page in target.Client.PaginateAsync("securityhub", "GetEnabledStandards", null, target.Region, cancellationToken).ConfigureAwait(false))
        {
            standards.AddRange(page.Items("StandardsSubscriptions")
                .Where(s => s.Text("StandardsStatus") is { } state && EnabledStates.Contains(state))
                .Select(s => s.Text("StandardsArn")).OfType<string>()
                .Select(StandardName));
        }
        return new SecurityHubStatus { Enabled = true, EnabledStandards = standards };
    }

    /// <summary>"arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0" →
    /// "aws-foundational-security-best-practices/v/1.0.0" (also for the older ruleset/ ARNs).</summary>
    private static string StandardName(string arn)
    {
        var resource = arn.Split(':', 6) is { Length: 6 } parts ? parts[5] : arn;
        var slash = resource.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? resource : resource[(slash + 1)..];
    }
}
