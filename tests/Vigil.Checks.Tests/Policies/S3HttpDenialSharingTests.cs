using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Tests.Policies;

/// <summary>s3-bucket-policy-denies-http shares verdicts between buckets whose policies differ only by naming their own
/// bucket, and never between buckets a wildcard pattern tells apart.</summary>
public sealed class S3HttpDenialSharingTests
{
    private static string TlsOnly(string resource) =>
        """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["RES","RES/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"""
            .Replace("RES", resource, StringComparison.Ordinal);

    [Fact]
    public void SamePolicyText_WithAWildcardThatCoversOnlyOneBucket_IsJudgedPerBucket()
    {
        var shared = TlsOnly("arn:aws:s3:::logs-*");
        var statuses = Evaluate(Bucket("logs-a", shared), Bucket("data-b", shared));
        Assert.Equal(FindingStatus.Pass, statuses["logs-a"]);
        Assert.Equal(FindingStatus.Fail, statuses["data-b"]);
    }

    [Fact]
    public void PoliciesNamingTheirOwnBucket_AreJudgedAlike()
    {
        var statuses = Evaluate(Bucket("alpha", TlsOnly("arn:aws:s3:::alpha")), Bucket("beta", TlsOnly("arn:aws:s3:::beta")),
            Bucket("gamma", TlsOnly("arn:aws:s3:::alpha")));
        Assert.Equal(FindingStatus.Pass, statuses["alpha"]);
        Assert.Equal(FindingStatus.Pass, statuses["beta"]);
        Assert.Equal(FindingStatus.Fail, statuses["gamma"]);
    }

    private static S3Bucket Bucket(string name, string policy, string account = "222222222222") =>
        new() { Arn = $"arn:aws:s3:::{name}", Name = name, AccountId = account, Region = "us-east-1", Policy = policy };

    private static Dictionary<string, FindingStatus> Evaluate(params S3Bucket[] buckets)
    {
        var snapshot = new SnapshotBuilder().AddRange(buckets).Build();
        var check = BuiltInChecks.Catalog.Find("s3-bucket-policy-denies-http")!;
        var context = new CheckContext(snapshot, DateTimeOffset.UnixEpoch, CheckSettings.Default);
        return ScanEngine.Evaluate(snapshot, [check], context, CancellationToken.None).ToDictionary(f => f.Resource!.Name, f => f.Status);
    }
}
