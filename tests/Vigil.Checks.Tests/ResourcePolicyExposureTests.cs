using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.S3;
using Vigil.Core.Model.Sqs;

namespace Vigil.Checks.Tests;

public sealed class ResourcePolicyExposureTests
{
    private const string Owner = "111111111111";
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_SameTextNamingOneQueue_IsPublicOnlyForThatQueue()
    {
        var policy = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"{{QueueArn("a")}}"}]}""";
        var (context, queues) = Context(Queue("a", policy), Queue("b", policy));

        Assert.NotNull(Exposure(context, queues[0]).Public(ExposureAccess.Write));
        Assert.Null(Exposure(context, queues[1]).Public(ExposureAccess.Any));
        Assert.NotNull(Exposure(context, queues[0]).Public(ExposureAccess.Write));
    }

    [Fact]
    public void Of_SameTextOnEveryResource_IsAnalysedOnce()
    {
        const string policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sqs:*","Resource":"*"}]}""";
        var (context, queues) = Context(Queue("a", policy), Queue("b", policy));

        var first = Exposure(context, queues[0]);
        Assert.Same(first, Exposure(context, queues[1]));
        Assert.Equal(ExposureAccess.Any, first.Public(ExposureAccess.Any)!.Access);
    }

    [Fact]
    public void Of_PoliciesThatDifferOnlyByNamingTheirOwnBucket_ShareOneVerdict()
    {
        var (context, buckets) = Context([], Bucket("a", PublicRead("a")), Bucket("b", PublicRead("b")));

        var first = Exposure(context, buckets[0]);
        Assert.Same(first, Exposure(context, buckets[1]));
        Assert.Equal(["s3:GetObject"], first.Public(ExposureAccess.Read)!.Allowed.Select(p => p.Action));
    }

    [Fact]
    public void Of_SameTextWithAPatternBeyondItsOwnBucket_IsJudgedPerBucket()
    {
        const string policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::acme-*/*"}]}""";
        var (context, buckets) = Context([], Bucket("acme-data", policy), Bucket("other-data", policy));

        Assert.NotNull(Exposure(context, buckets[0]).Public(ExposureAccess.Read));
        Assert.Null(Exposure(context, buckets[1]).Public(ExposureAccess.Read));
    }

    [Fact]
    public void Of_OwnBucketNamedBehindAJsonEscape_IsJudgedPerBucket()
    {
        var escaped = PublicRead("a").Replace("arn:aws:s3:::a/*", @"arn:aws:s3:::a\/*", StringComparison.Ordinal);
        var (context, buckets) = Context([], Bucket("a", escaped), Bucket("b", escaped));

        Assert.NotNull(Exposure(context, buckets[0]).Public(ExposureAccess.Read));
        Assert.Null(Exposure(context, buckets[1]).Public(ExposureAccess.Read));
    }

    [Fact]
    public void Of_GrantToTheDefaultStrangerAccount_IsForeignNotPublic()
    {
        const string policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::999999999999:root"},"Action":"sqs:ReceiveMessage","Resource":"*"}]}""";
        var (context, queues) = Context(Queue("a", policy));

        var exposure = Exposure(context, queues[0]);
        Assert.Null(exposure.Public(ExposureAccess.Any));
        var grant = Assert.Single(exposure.Foreign(ExposureAccess.Read));
        Assert.Equal("999999999999", grant.Account);
        Assert.Equal(["sqs:ReceiveMessage"], grant.Allowed.Select(p => p.Action));
    }

    [Fact]
    public void Of_ServicePrincipalAndSnapshotAccounts_AreNotExposure()
    {
        const string policy = """
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"*"},
              {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::222222222222:root"},"Action":"sqs:*","Resource":"*"}]}
            """;
        var (context, queues) = Context(Queue("a", policy));

        Assert.Empty(Exposure(context, queues[0]).Grants);
    }

    [Fact]
    public void Of_GrantLimitedToTheOrganization_IsNotPublic()
    {
        const string policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-acme1234ab"}}}]}""";
        var (context, queues) = Context(Queue("a", policy));

        Assert.Empty(Exposure(context, queues[0]).Grants);
    }

    private static PolicyExposure Exposure(CheckContext context, SqsQueue queue) =>
        ResourcePolicyExposure.Of(context, queue, queue.Policy!, ExposureProbeSets.SqsQueue);

    private static PolicyExposure Exposure(CheckContext context, S3Bucket bucket) =>
        ResourcePolicyExposure.Of(context, bucket, bucket.Policy!, ExposureProbeSets.S3Bucket);

    private static (CheckContext Context, IReadOnlyList<SqsQueue> Queues) Context(params SqsQueue[] queues)
    {
        var (context, _) = Context(queues, []);
        return (context, queues);
    }

    private static (CheckContext Context, IReadOnlyList<S3Bucket> Buckets) Context(SqsQueue[] queues, params S3Bucket[] buckets)
    {
        var builder = new SnapshotBuilder()
            .Add(new Account { Arn = Account.ArnFor(Owner), Name = "owner", AccountId = Owner })
            .Add(new Account { Arn = Account.ArnFor("222222222222"), Name = "sibling", AccountId = "222222222222" })
            .AddRange(queues)
            .AddRange(buckets);
        return (new CheckContext(builder.Build(), Now, CheckSettings.Default), buckets);
    }

    private static string PublicRead(string bucket) =>
        """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::BUCKET","arn:aws:s3:::BUCKET/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}},{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::BUCKET/*"}]}"""
            .Replace("BUCKET", bucket, StringComparison.Ordinal);

    private static S3Bucket Bucket(string name, string policy) => new()
    {
        Arn = $"arn:aws:s3:::{name}",
        Name = name,
        AccountId = Owner,
        Region = "us-east-1",
        Policy = policy,
    };

    private static string QueueArn(string name) => $"arn:aws:sqs:us-east-1:{Owner}:{name}";

    private static SqsQueue Queue(string name, string policy) => new()
    {
        Arn = QueueArn(name),
        Name = name,
        AccountId = Owner,
        Region = "us-east-1",
        QueueUrl = $"https://sqs.us-east-1.amazonaws.com/{Owner}/{name}",
        Policy = policy,
    };
}
