using Vigil.Core.Checks;
using Vigil.Core.Model;
using Vigil.Core.Model.S3;
using Vigil.Testing;

namespace Vigil.Core.Tests.Checks;

/// <summary>The snapshot's shared lookups: grouped by a key, or the first resource per key.</summary>
public sealed class SnapshotIndexTests
{
    private static readonly Snapshot Snapshot = new()
    {
        S3Buckets =
        [
            TestResources.Bucket("logs", "111111111111") with { Region = "eu-west-1" },
            TestResources.Bucket("logs", "222222222222"),
            TestResources.Bucket("data", "111111111111"),
            TestResources.Bucket("unplaced") with { Region = null },
        ],
    };

    [Fact]
    public void First_KeepsTheFirstResourceOfEachKey_AndSkipsResourcesWithoutOne()
    {
        var index = new SnapshotIndex(Snapshot);
        var byRegion = index.First<S3Bucket>("region", b => b.Region);
        Assert.Equal(["eu-west-1", "us-east-1"], byRegion.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("111111111111", byRegion["eu-west-1"].AccountId);
        Assert.Equal("222222222222", byRegion["us-east-1"].AccountId);
        Assert.Same(Snapshot.S3Buckets[0], index.First<S3Bucket>("name", b => b.Name)["logs"]);
    }

    [Fact]
    public void First_AndBy_WithTheSameName_AreSeparateLookups()
    {
        var index = new SnapshotIndex(Snapshot);
        Assert.Equal(2, index.By<S3Bucket>("name", b => b.Name)["logs"].Count());
        Assert.Same(Snapshot.S3Buckets[0], index.First<S3Bucket>("name", b => b.Name)["logs"]);
        Assert.Equal(2, index.By<S3Bucket>("name", b => b.Name)["logs"].Count());
    }

    [Fact]
    public void ByArn_FindsTheResource_OrNothing()
    {
        var index = new SnapshotIndex(Snapshot);
        Assert.Same(Snapshot.S3Buckets[2], index.ByArn<S3Bucket>("arn:aws:s3:::data"));
        Assert.Null(index.ByArn<S3Bucket>("arn:aws:s3:::missing"));
    }
}
