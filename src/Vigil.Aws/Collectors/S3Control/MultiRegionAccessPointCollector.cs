using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.S3;
using PublicAccessBlocks = Vigil.Aws.Collectors.S3.PublicAccessBlocks;

namespace Vigil.Aws.Collectors.S3Control;

/// <summary>The account's S3 Multi-Region Access Points (s3control ListMultiRegionAccessPoints). Their control plane
/// answers only in us-west-2 (us-gov-west-1 in GovCloud), whatever the account's home region.</summary>
internal sealed class MultiRegionAccessPointCollector : IResourceCollector
{
    public string Service => "s3control";
    public bool Regional => false;
    public IReadOnlyList<string> Actions { get; } = ["s3:ListMultiRegionAccessPoints"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sink);
        if (ControlRegion(target.Partition) is not { } region) return;
        var listed = new List<JsonNode>();
        try
        {
            string? token = null;
            do
            {
                var input = new JsonObject { ["AccountId"] = target.AccountId };
                if (token is not null) input["NextToken"] = token;
                var page = await target.Client.CallAsync("s3control", "ListMultiRegionAccessPoints", input, region, cancellationToken).ConfigureAwait(false);
                listed.AddRange(page.Items("AccessPoints"));
                var next = page.Text("NextToken");
                if (next is not null && next == token) throw new InvalidDataException("s3control:ListMultiRegionAccessPoints repeated its page token.");
                token = next;
            }
            while (token is not null);
        }
        catch (AwsServiceException e)
        {
            sink.Failed(e, target.AccountId, ResourceTypes.MultiRegionAccessPoint);
            return;
        }
        sink.AddRange(listed.Select(point => ToAccessPoint(target, point)));
    }

    /// <summary>Null in partitions without Multi-Region Access Points (China, ISO).</summary>
    private static string? ControlRegion(string partition) => partition switch
    {
        "aws" => "us-west-2",
        "aws-us-gov" => "us-gov-west-1",
        _ => null,
    };

    private static MultiRegionAccessPoint ToAccessPoint(CollectionTarget target, JsonNode point)
    {
        var name = point.Text("Name") ?? throw new InvalidDataException("ListMultiRegionAccessPoints returned an access point without a name");
        var alias = point.Text("Alias");
        var block = point["PublicAccessBlock"];
        return new MultiRegionAccessPoint
        {
            Arn = $"arn:{target.Partition}:s3::{target.AccountId}:accesspoint/{alias ?? name}",
            Name = name,
            AccountId = target.AccountId,
            Alias = alias,
            Status = point.Text("Status"),
            PublicAccessBlock = block is null ? null : PublicAccessBlocks.From(block),
            Buckets = [.. point.Items("Regions").Select(r => r.Text("Bucket")).OfType<string>()],
        };
    }
}
