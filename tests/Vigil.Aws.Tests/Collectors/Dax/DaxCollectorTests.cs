using System.Net;
using Vigil.Aws.Collectors.Dax;
using Vigil.Aws.Tests.Collectors.Iam;
using Vigil.Core.Findings;
using Vigil.Core.Model;

namespace Vigil.Aws.Tests.Collectors.Dax;

public sealed class DaxCollectorTests
{
    private const string Encrypted = """
        {"Clusters":[{"ClusterName":"orders-cache","Description":"orders","ClusterArn":"arn:aws:dax:us-east-1:123456789012:cache/orders-cache",
          "TotalNodes":3,"ActiveNodes":3,"NodeType":"dax.r5.large","Status":"available",
          "ClusterDiscoveryEndpoint":{"Address":"orders-cache.abc123.dax-clusters.us-east-1.amazonaws.com","Port":9111,"URL":"daxs://orders-cache.abc123.dax-clusters.us-east-1.amazonaws.com"},
          "SubnetGroup":"default","SecurityGroups":[{"SecurityGroupIdentifier":"sg-0123456789abcdef0","Status":"active"}],
          "IamRoleArn":"arn:aws:iam::123456789012:role/DAXServiceRole","ParameterGroup":{"ParameterGroupName":"default.dax1.0","ParameterApplyStatus":"in-sync","NodeIdsToReboot":[]},
          "SSEDescription":{"Status":"ENABLED"},"ClusterEndpointEncryptionType":"TLS","NetworkType":"ipv4"}],
         "NextToken":"page-2"}
        """;

    private const string Legacy = """
        {"Clusters":[{"ClusterName":"legacy-cache","ClusterArn":"arn:aws:dax:us-east-1:123456789012:cache/legacy-cache",
          "TotalNodes":1,"ActiveNodes":1,"NodeType":"dax.t3.small","Status":"available","SubnetGroup":"default",
          "IamRoleArn":"arn:aws:iam::123456789012:role/DAXServiceRole"}]}
        """;

    private static FakeAws Script() => new FakeAws().On("dax:DescribeClusters", call =>
        Wire.Json(call.Body.Contains("\"page-2\"", StringComparison.Ordinal) ? Legacy : Encrypted));

    [Fact]
    public async Task Collect_ReadsClustersFieldByField_AcrossTwoPages()
    {
        var aws = Script();

        var snapshot = await CollectorRun.CollectAsync(aws, new DaxCollector());

        Assert.Empty(aws.Unscripted);
        Assert.Empty(snapshot.Errors);
        Assert.Equal(new DaxCollector().Actions, aws.Actions());
        Assert.Equal(2, aws.CallsOf("dax:DescribeClusters").Count());
        Assert.Equal(["orders-cache", "legacy-cache"], snapshot.DaxClusters.Select(c => c.Name));
        var orders = snapshot.DaxClusters[0];
        Assert.Equal("arn:aws:dax:us-east-1:123456789012:cache/orders-cache", orders.Arn);
        Assert.Equal((CollectorRun.AccountId, "us-east-1"), (orders.AccountId, orders.Region));
        Assert.Equal(("available", "ENABLED", "TLS", 3), (orders.Status, orders.SseStatus, orders.EndpointEncryptionType, orders.NodeCount));
        var legacy = snapshot.DaxClusters[1];
        Assert.Equal(("DISABLED", "NONE", 1), (legacy.SseStatus, legacy.EndpointEncryptionType, legacy.NodeCount));
    }

    [Fact]
    public async Task Collect_ListingDenied_RecordsTheError_AndAddsNoClusters()
    {
        var aws = new FakeAws().On("dax:DescribeClusters", () => Wire.JsonError(HttpStatusCode.BadRequest, "AccessDeniedException", "not authorized to perform: dax:DescribeClusters"));

        var snapshot = await CollectorRun.CollectAsync(aws, new DaxCollector());

        Assert.Empty(snapshot.DaxClusters);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((ResourceTypes.DaxCluster, "DescribeClusters", "AccessDeniedException", null), (error.ResourceType, error.Operation, error.ErrorCode, error.ResourceArn));
    }

    [Fact]
    public async Task Checks_OnTheCollectedClusters_JudgeTheirEncryption()
    {
        var snapshot = await CollectorRun.CollectAsync(Script(), new DaxCollector());

        var atRest = CheckRun.Evaluate(snapshot, "dynamodb-dax-cluster-encrypted-at-rest");
        Assert.Equal([FindingStatus.Pass, FindingStatus.Fail], atRest.Select(f => f.Status));
        var inTransit = CheckRun.Evaluate(snapshot, "dynamodb-dax-cluster-encrypted-in-transit");
        Assert.Equal([FindingStatus.Pass, FindingStatus.Fail], inTransit.Select(f => f.Status));
    }
}
