using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Collectors.S3;

/// <summary>The account-level S3 Block Public Access settings (S3 Control), into the account record.</summary>
internal sealed class S3AccountPublicAccessBlockCollector : IResourceCollector
{
    public string Service => "s3control";
    public bool Regional => false;
    public IReadOnlyList<string> Actions { get; } = ["s3:GetAccountPublicAccessBlock"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sink);
        try
        {
            var output = await target.Client.CallAsync("s3control", "GetPublicAccessBlock", new JsonObject { ["AccountId"] = target.AccountId }, target.Region, cancellationToken).ConfigureAwait(false);
            var block = PublicAccessBlocks.From(output["PublicAccessBlockConfiguration"]);
            sink.UpdateAccount(target.AccountId, account => account with { S3PublicAccessBlock = block });
        }
        catch (AwsServiceException e) when (e.ErrorCode == "NoSuchPublicAccessBlockConfiguration")
        {
            sink.UpdateAccount(target.AccountId, account => account with { S3PublicAccessBlock = new() });
        }
        catch (AwsServiceException e)
        {
            sink.Failed(e, target.AccountId, ResourceTypes.Account, Account.ArnFor(target.AccountId), nameof(Account.S3PublicAccessBlock));
            sink.UpdateAccount(target.AccountId, account => account with
            {
                S3PublicAccessBlock = null,
                Unreadable = [.. account.Unreadable.Append(nameof(Account.S3PublicAccessBlock)).Distinct(StringComparer.Ordinal)],
            });
        }
    }
}
