using Vigil.Aws.Collection;
using Vigil.Checks;
using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Model;

namespace Vigil.Aws.Tests.Collectors.S3;

/// <summary>Runs collectors against a fake AWS into a snapshot, and Vigil's checks over it.</summary>
internal static class CollectorRun
{
    public const string AccountId = "123456789012";

    public static async Task<Snapshot> CollectAsync(FakeAws aws, string region, params IResourceCollector[] collectors)
    {
        var sink = new CollectionSink();
        // A live collection always has the account record (IAM fills it); account-level checks evaluate against it.
        sink.UpdateAccount(AccountId, account => account);
        foreach (var collector in collectors)
            await collector.CollectAsync(new CollectionTarget(aws.Client, AccountId, region), sink, CancellationToken.None);
        return sink.Build([region], aws.Time.GetUtcNow());
    }

    /// <summary>The collectors of the data services (S3, KMS, CloudTrail, CloudWatch, DynamoDB, SNS, SQS, Secrets Manager).</summary>
    public static IReadOnlyList<IResourceCollector> DataCollectors() =>
    [
        .. CollectorCatalog.All.Where(c => c.GetType().Namespace is { } ns && DataNamespaces.Any(n => ns == "Vigil.Aws.Collectors." + n)),
    ];

    private static readonly string[] DataNamespaces = ["S3", "Kms", "CloudTrail", "CloudWatch", "DynamoDb", "Sns", "Sqs", "SecretsManager"];

    public static Finding Check(Snapshot snapshot, string checkId, string resourceArn, CheckSettings? settings = null)
    {
        var check = BuiltInChecks.Catalog.Find(checkId) ?? throw new ArgumentException($"No check {checkId}.", nameof(checkId));
        var findings = ScanEngine.Evaluate(snapshot, [check], new CheckContext(snapshot, snapshot.CollectedAt!.Value, settings ?? CheckSettings.Default), CancellationToken.None);
        return Assert.Single(findings, f => f.ResourceRef.Arn == resourceArn);
    }

    public static void AssertNoUnscriptedCalls(Snapshot snapshot) =>
        Assert.DoesNotContain(snapshot.Errors, e => e.ErrorCode.StartsWith("NotScripted", StringComparison.Ordinal));
}
