using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.CloudWatch;

internal sealed class CloudWatchAlarmS3BucketPolicyChanges : CisMonitoringCheck
{
    private const string Pattern = "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }";

    public override CheckMetadata Metadata { get; } = Describe(
        "cloudwatch-alarm-s3-bucket-policy-changes",
        "S3 bucket policy changes raise a CloudWatch alarm",
        Severity.Low,
        "A changed bucket policy, ACL or replication rule can expose or copy data out of the account; without an alarm the exposure lasts until the next review.",
        "S3BucketPolicyChanges",
        Pattern);

    protected override string Subject => "S3 bucket policy changes";

    protected override IReadOnlyList<string> RequiredTerms { get; } =
    [
        "$.eventSource = s3.amazonaws.com",
        "$.eventName = PutBucketAcl",
        "$.eventName = PutBucketPolicy",
        "$.eventName = PutBucketCors",
        "$.eventName = PutBucketLifecycle",
        "$.eventName = PutBucketReplication",
        "$.eventName = DeleteBucketPolicy",
        "$.eventName = DeleteBucketCors",
        "$.eventName = DeleteBucketLifecycle",
        "$.eventName = DeleteBucketReplication",
    ];
}
