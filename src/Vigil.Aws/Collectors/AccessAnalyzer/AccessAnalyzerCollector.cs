using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Iam;
using Vigil.Aws.Execution;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Collectors.AccessAnalyzer;

/// <summary>The IAM Access Analyzer analyzers of each region (every type: external and unused access).</summary>
internal sealed class AccessAnalyzerCollector : IResourceCollector
{
    public string Service => "accessanalyzer";
    public bool Regional => true;
    public IReadOnlyList<string> Actions { get; } = ["access-analyzer:ListAnalyzers"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var analyzers = new List<AccessAnalyzerInfo>();
        try
        {
            await foreach (var page in target.Client.PaginateAsync("accessanalyzer", "ListAnalyzers", null, target.Region, cancellationToken).ConfigureAwait(false))
            {
                analyzers.AddRange(page.Items("analyzers").Select(a => new AccessAnalyzerInfo
                {
                    Arn = a.Text("arn") ?? throw Missing("arn"),
                    Name = a.Text("name") ?? throw Missing("name"),
                    Type = a.Text("type") ?? throw Missing("type"),
                    Status = a.Text("status") ?? throw Missing("status"),
                }));
            }
        }
        catch (AwsServiceException e)
        {
            AccountRegionUnreadable.Record(sink, target, nameof(AccountRegion.AccessAnalyzers), e);
            return;
        }
        sink.UpdateAccountRegion(target.AccountId, target.Region, region => region with { AccessAnalyzers = analyzers });
    }

    private static InvalidDataException Missing(string member) => new($"access-analyzer:ListAnalyzers returned an analyzer without {member}.");
}
