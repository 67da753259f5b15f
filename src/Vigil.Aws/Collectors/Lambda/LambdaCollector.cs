using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Lambda;

namespace Vigil.Aws.Collectors.Lambda;

/// <summary>Lambda functions in one region (ListFunctions), each with its resource policy (GetPolicy), function URL
/// auth type (GetFunctionUrlConfig) and reserved concurrency (GetFunctionConcurrency) and tags (ListTags), and the Availability Zones of
/// the subnets VPC functions use (ec2:DescribeSubnets, one call for all).</summary>
internal sealed class LambdaCollector : IResourceCollector
{
    public string Service => "lambda";
    public bool Regional => true;

    public IReadOnlyList<string> Actions { get; } =
    [
        "ec2:DescribeSubnets", "lambda:GetFunctionConcurrency", "lambda:GetFunctionUrlConfig", "lambda:GetPolicy", "lambda:ListFunctions", "lambda:ListTags",
    ];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var functions = await target.ListAsync(sink, "lambda", "ListFunctions", null, "Functions", ResourceTypes.LambdaFunction, cancellationToken).ConfigureAwait(false);
        if (functions is null) return;
        var read = functions.Select(f => LambdaFunctionReader.ToFunction(target, f)).ToList();
        var zones = await SubnetZonesAsync(target, read, cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(read.Select(f => LambdaFunctionReader.ReadDetailsAsync(target, sink, f, zones, cancellationToken))).ConfigureAwait(false);
    }

    private static async Task<SubnetZones> SubnetZonesAsync(CollectionTarget target, List<LambdaFunction> functions, CancellationToken cancellationToken)
    {
        var subnetIds = functions.SelectMany(f => f.SubnetIds).Distinct(StringComparer.Ordinal).ToList();
        if (subnetIds.Count == 0) return new SubnetZones(new Dictionary<string, string>(), null);
        var input = new JsonObject { ["SubnetIds"] = new JsonArray([.. subnetIds.Select(id => (JsonNode)id)]) };
        var subnets = await target.TryListAsync("ec2", "DescribeSubnets", input, "Subnets", cancellationToken).ConfigureAwait(false);
        if (subnets.Failure is { } failure) return new SubnetZones(new Dictionary<string, string>(), failure);
        var zones = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var subnet in subnets.Items!)
        {
            if (subnet.Text("SubnetId") is { } id && subnet.Text("AvailabilityZone") is { } zone) zones[id] = zone;
        }
        return new SubnetZones(zones, null);
    }
}
