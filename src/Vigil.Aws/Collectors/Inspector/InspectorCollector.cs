using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using AccountRegionUnreadable = Vigil.Aws.Collectors.Iam.AccountRegionUnreadable;
using Vigil.Aws.Execution;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Collectors.Inspector;

/// <summary>Amazon Inspector's scan types in each region: BatchGetAccountStatus without account ids answers for the
/// calling account; an account that never activated Inspector is answered with every scan type DISABLED.</summary>
internal sealed class InspectorCollector : IResourceCollector
{
    public string Service => "inspector2";
    public bool Regional => true;
    public IReadOnlyList<string> Actions { get; } = ["inspector2:BatchGetAccountStatus"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        InspectorStatus status;
        try
        {
            var answer = await target.Client.CallAsync("inspector2", "BatchGetAccountStatus", [], target.Region, cancellationToken).ConfigureAwait(false);
            status = Read(target, answer);
        }
        catch (AwsServiceException e)
        {
            AccountRegionUnreadable.Record(sink, target, nameof(AccountRegion.Inspector), e);
            return;
        }
        sink.UpdateAccountRegion(target.AccountId, target.Region, region => region with { Inspector = status });
    }

    private static InspectorStatus Read(CollectionTarget target, JsonNode answer)
    {
        if (answer.Items("failedAccounts").FirstOrDefault(a => a.Text("accountId") == target.AccountId) is { } failed)
        {
            throw new AwsServiceException("inspector2", target.Region, "BatchGetAccountStatus", failed.Text("errorCode") ?? "FailedAccount",
                failed.Text("errorMessage") ?? $"no status for account {target.AccountId}", 0, null);
        }
        var account = answer.Items("accounts").FirstOrDefault(a => a.Text("accountId") == target.AccountId)
            ?? answer.Items("accounts").FirstOrDefault()
            ?? throw new AwsServiceException("inspector2", target.Region, "BatchGetAccountStatus", "InvalidResponse", $"no status for account {target.AccountId}", 0, null);
        var resources = account["resourceState"];
        return new InspectorStatus
        {
            Ec2 = StatusOf(resources, "ec2"),
            Ecr = StatusOf(resources, "ecr"),
            Lambda = StatusOf(resources, "lambda"),
            LambdaCode = StatusOf(resources, "lambdaCode"),
        };

        string StatusOf(JsonNode? states, string scan) => states?[scan].Text("status")
            ?? throw new AwsServiceException("inspector2", target.Region, "BatchGetAccountStatus", "InvalidResponse", $"no {scan} scan status for account {target.AccountId}", 0, null);
    }
}
