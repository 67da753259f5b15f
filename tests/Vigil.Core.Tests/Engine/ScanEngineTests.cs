using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.CloudTrail;
using Vigil.Testing;

namespace Vigil.Core.Tests.Engine;

public sealed class ScanEngineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<Finding> Evaluate(Snapshot snapshot, params ICheck[] checks) =>
        ScanEngine.Evaluate(snapshot, checks, new CheckContext(snapshot, Now, CheckSettings.Default), CancellationToken.None);

    [Fact]
    public void Evaluate_YieldsExactlyOneFindingPerResource()
    {
        var snapshot = new Snapshot
        {
            S3Buckets = [TestResources.Bucket("a") with { Versioning = "Enabled" }, TestResources.Bucket("b"), TestResources.Bucket("c")],
        };
        var findings = Evaluate(snapshot, new VersioningCheck());
        Assert.Equal(["a", "b", "c"], findings.Select(f => f.ResourceRef.Name));
        Assert.Equal([FindingStatus.Pass, FindingStatus.Fail, FindingStatus.Fail], findings.Select(f => f.Status));
        Assert.Equal("b is not versioned.", findings[1].Message);
    }

    [Fact]
    public void Evaluate_PassMessages_AreTheChecksOwnOrTheDefault()
    {
        var snapshot = new Snapshot { S3Buckets = [TestResources.Bucket("a") with { Versioning = "Enabled" }, TestResources.Bucket("b")] };
        var findings = Evaluate(snapshot, new TalkativePassCheck());
        Assert.Equal("a keeps every version.", findings[0].Message);
        Assert.Equal("b: Test check s3-test-talkative.", findings[1].Message);
    }

    [Fact]
    public void Evaluate_KeepsResourceOrderAcrossParallelChunks()
    {
        var buckets = Enumerable.Range(0, 20_000).Select(i => TestResources.Bucket($"bucket-{i:D5}")).ToList();
        var findings = Evaluate(new Snapshot { S3Buckets = buckets }, new VersioningCheck(), new AnythingCheck());
        Assert.Equal(40_000, findings.Count);
        Assert.Equal(buckets.Select(b => b.Arn), findings.Take(20_000).Select(f => f.ResourceRef.Arn));
        Assert.All(findings.Skip(20_000), f => Assert.Equal("s3-test-anything", f.Metadata.Id));
    }

    [Fact]
    public void Evaluate_ChecksSharingResources_EachKeepTheirFindingsInOrder_GapsClosed()
    {
        var buckets = Enumerable.Range(0, 10_000).Select(i => TestResources.Bucket(i % 3 == 0 ? $"logs-{i:D5}" : $"data-{i:D5}")).ToList();
        var findings = Evaluate(new Snapshot { S3Buckets = buckets }, new SkipsLogBucketsCheck(), new VersioningCheck(), new SkipsLogBucketsCheck());
        var kept = buckets.Where(b => !b.Name.StartsWith("logs-", StringComparison.Ordinal)).Select(b => b.Name).ToList();
        Assert.Equal([.. kept, .. buckets.Select(b => b.Name), .. kept], findings.Select(f => f.ResourceRef.Name));
        Assert.Equal(
            [.. kept.Select(_ => "s3-test-skips"), .. buckets.Select(_ => "s3-test-versioning"), .. kept.Select(_ => "s3-test-skips")],
            findings.Select(f => f.Metadata.Id));
    }

    [Fact]
    public void Evaluate_WhenAPropertyTheCheckReadsIsUnreadable_ReportsErrorNotPass()
    {
        var bucket = TestResources.Bucket("locked") with { Versioning = "Enabled", Unreadable = ["Versioning"] };
        var snapshot = new Snapshot
        {
            S3Buckets = [bucket],
            Errors = [new CollectionError { AccountId = TestResources.AccountId, Service = "s3", Operation = "GetBucketVersioning", ErrorCode = "AccessDenied", ResourceArn = bucket.Arn, Property = "Versioning" }],
        };
        var finding = Assert.Single(Evaluate(snapshot, new VersioningCheck()));
        Assert.Equal(FindingStatus.Error, finding.Status);
        Assert.Contains("Versioning of locked could not be read", finding.Message, StringComparison.Ordinal);
        Assert.Contains("AccessDenied", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WhenAPropertyIsOnlyKnownAfterDeployment_ReportsErrorSayingSo()
    {
        var bucket = TestResources.Bucket("planned") with { Unreadable = ["Versioning"] };
        var snapshot = new Snapshot
        {
            S3Buckets = [bucket],
            Errors = [CollectionError.UnknownBeforeDeployment(bucket, "Versioning", "cloudformation", "template", "VersioningConfiguration.Status is the parameter Versioning, which has no value.")],
        };
        var finding = Assert.Single(Evaluate(snapshot, new VersioningCheck()));
        Assert.Equal(FindingStatus.Error, finding.Status);
        Assert.Equal("Versioning of planned cannot be determined from the template: VersioningConfiguration.Status is the parameter Versioning, which has no value.", finding.Message);
    }

    [Fact]
    public void Evaluate_WhenAnUnrelatedPropertyIsUnreadable_EvaluatesNormally()
    {
        var bucket = TestResources.Bucket("partly") with { Versioning = "Enabled", Unreadable = ["Policy"] };
        var finding = Assert.Single(Evaluate(new Snapshot { S3Buckets = [bucket] }, new VersioningCheck()));
        Assert.Equal(FindingStatus.Pass, finding.Status);
    }

    [Fact]
    public void Evaluate_WhenCheckDeclaresNoReadsAndAnyPropertyIsUnreadable_ReportsError()
    {
        var bucket = TestResources.Bucket("partly") with { Unreadable = ["Policy"] };
        var finding = Assert.Single(Evaluate(new Snapshot { S3Buckets = [bucket] }, new AnythingCheck()));
        Assert.Equal(FindingStatus.Error, finding.Status);
    }

    [Fact]
    public void Evaluate_WhenListingFailed_AddsAnErrorFindingForThatAccountAndRegion()
    {
        var snapshot = new Snapshot
        {
            S3Buckets = [TestResources.Bucket("ok") with { Versioning = "Enabled" }],
            Errors = [new CollectionError { AccountId = "222222222222", Service = "s3", Region = "eu-west-1", Operation = "ListBuckets", ErrorCode = "AccessDenied", ResourceType = ResourceTypes.S3Bucket }],
        };
        var findings = Evaluate(snapshot, new VersioningCheck());
        Assert.Equal(2, findings.Count);
        var error = findings.Single(f => f.Status == FindingStatus.Error);
        Assert.Equal("222222222222", error.ResourceRef.Account);
        Assert.Equal("eu-west-1", error.ResourceRef.Region);
        Assert.Contains("could not be listed", error.Message, StringComparison.Ordinal);
        Assert.Contains("s3:ListBuckets failed with AccessDenied", error.Message, StringComparison.Ordinal);
        Assert.Equal(FindingStatus.Pass, findings.Single(f => f.ResourceRef.Name == "ok").Status);
    }

    [Fact]
    public void Evaluate_WhenADependencyCouldNotBeListed_AccountCheckReportsErrorNotFail()
    {
        var snapshot = new Snapshot
        {
            Accounts = [TestResources.Account(), TestResources.Account("222222222222")],
            Errors = [new CollectionError { AccountId = TestResources.AccountId, Service = "cloudtrail", Region = "us-east-1", Operation = "DescribeTrails", ErrorCode = "AccessDeniedException", ResourceType = ResourceTypes.Trail }],
        };
        var findings = Evaluate(snapshot, new HasTrailCheck());
        Assert.Equal(FindingStatus.Error, findings.Single(f => f.ResourceRef.Account == TestResources.AccountId).Status);
        Assert.Equal(FindingStatus.Fail, findings.Single(f => f.ResourceRef.Account == "222222222222").Status);
    }

    [Fact]
    public void Evaluate_AccountCheckSeesResourcesOfItsAccountOnly()
    {
        var trail = new Trail { Arn = "arn:aws:cloudtrail:us-east-1:111111111111:trail/main", Name = "main", AccountId = TestResources.AccountId, Region = "us-east-1" };
        var snapshot = new Snapshot { Accounts = [TestResources.Account(), TestResources.Account("222222222222")], Trails = [trail] };
        var findings = Evaluate(snapshot, new HasTrailCheck());
        Assert.Equal(FindingStatus.Pass, findings.Single(f => f.ResourceRef.Account == TestResources.AccountId).Status);
        Assert.Equal(FindingStatus.Fail, findings.Single(f => f.ResourceRef.Account == "222222222222").Status);
    }

    [Fact]
    public void Evaluate_WhenTheCheckThrows_ReportsErrorWithTheReason()
    {
        var finding = Assert.Single(Evaluate(new Snapshot { S3Buckets = [TestResources.Bucket("x")] }, new ThrowingCheck()));
        Assert.Equal(FindingStatus.Error, finding.Status);
        Assert.Contains("boom", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NotApplicableResources_YieldNoFinding()
    {
        var snapshot = new Snapshot { S3Buckets = [TestResources.Bucket("logs-1"), TestResources.Bucket("data")] };
        var finding = Assert.Single(Evaluate(snapshot, new SkipsLogBucketsCheck()));
        Assert.Equal("data", finding.ResourceRef.Name);
    }

    [Fact]
    public void FindingId_IsStableAndDependsOnCheckAndResource()
    {
        Assert.Equal(FindingId.For("c", "arn:a"), FindingId.For("c", "arn:a"));
        Assert.NotEqual(FindingId.For("c", "arn:a"), FindingId.For("c", "arn:b"));
        Assert.NotEqual(FindingId.For("c", "arn:a"), FindingId.For("d", "arn:a"));
        Assert.Matches("^[0-9a-f]{32}$", FindingId.For("c", "arn:a"));
    }

    [Fact]
    public void Evaluate_PreparedAnalysis_RunsOnceAndFindingsKeepTheirOrder()
    {
        var snapshot = new Snapshot { S3Buckets = [.. Enumerable.Range(0, 9000).Select(i => TestResources.Bucket($"b{i}"))] };
        var preparing = new PreparingCheck();
        var findings = Evaluate(snapshot, preparing, new VersioningCheck());
        Assert.Equal(1, preparing.Preparations);
        Assert.Equal(18000, findings.Count);
        Assert.All(findings.Take(9000), f => Assert.Equal(("s3-test-prepares", FindingStatus.Pass), (f.Check.Metadata.Id, f.Status)));
        Assert.Equal(snapshot.S3Buckets.Select(b => b.Name), findings.Take(9000).Select(f => f.ResourceRef.Name));
        Assert.All(findings.Skip(9000), f => Assert.Equal("s3-test-versioning", f.Check.Metadata.Id));
    }

    [Fact]
    public void Evaluate_FailedPreparation_IsReportedByTheChecksOwnFindings()
    {
        var snapshot = new Snapshot { S3Buckets = [TestResources.Bucket("a"), TestResources.Bucket("b")] };
        var findings = Evaluate(snapshot, new PreparingCheck(failing: true));
        Assert.All(findings, f => Assert.Equal(FindingStatus.Error, f.Status));
        Assert.Contains("analysis failed", findings[0].Message, StringComparison.Ordinal);
    }
}
