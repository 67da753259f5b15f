using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3BucketReplicationInAllowedRegion : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-bucket-replication-in-allowed-region",
        Title = "S3 buckets replicate only to buckets in allowed regions",
        Severity = Severity.Medium,
        Service = "s3",
        Domain = Domain.Governance,
        Risk = "A replication rule copies every new object to its destination: a destination bucket outside the allowed regions moves the data where residency commitments forbid it, however well placed the source bucket is.",
        Remediation = new()
        {
            Text = "Point the replication rule at a bucket in an allowed region (or disable it), then delete the objects already replicated to the old destination. A service control policy denying s3:PutReplicationConfiguration except to approved buckets keeps it that way.",
            Cli = "aws s3api put-bucket-replication --bucket BUCKET --replication-configuration file://replication.json   # Destination.Bucket in ALLOWED_REGION",
            Terraform = """
                resource "aws_s3_bucket_replication_configuration" "this" {
                  bucket = aws_s3_bucket.source.id
                  role   = aws_iam_role.replication.arn
                  rule {
                    id     = "dr"
                    status = "Enabled"
                    destination {
                      bucket = aws_s3_bucket.replica_in_allowed_region.arn
                    }
                  }
                }
                """,
            CloudFormation = """
                SourceBucket:
                  Type: AWS::S3::Bucket
                  Properties:
                    VersioningConfiguration:
                      Status: Enabled
                    ReplicationConfiguration:
                      Role: !GetAtt ReplicationRole.Arn
                      Rules:
                        - Id: dr
                          Status: Enabled
                          Destination:
                            Bucket: arn:aws:s3:::REPLICA_BUCKET_IN_ALLOWED_REGION
                """,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["ReplicationRules"];

    public override CheckOutcome Evaluate(S3Bucket bucket, CheckContext context)
    {
        var allowed = context.Settings.AllowedRegions;
        if (allowed.Count == 0 || bucket.ReplicationRules.Count == 0) return NotApplicable;
        List<string>? outside = null;
        List<string>? unknown = null;
        var rules = bucket.ReplicationRules;
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (rule.Status != "Enabled") continue;
            var region = rule.DestinationRegion ?? context.Index.ByArn<S3Bucket>(rule.DestinationBucketArn)?.Region;
            if (region is null) (unknown ??= []).Add(rule.DestinationBucketArn);
            else if (!AllowedRegions.Contains(allowed, region)) (outside ??= []).Add($"{rule.DestinationBucketArn} in {region}");
        }
        if (outside is not null)
            return Fail($"Bucket {bucket.Name} replicates to {string.Join(", ", outside)}, outside the allowed regions ({AllowedRegions.Text(allowed)}).");
        if (unknown is not null)
            return Manual($"Bucket {bucket.Name} replicates to {string.Join(", ", unknown)}, which is not in the scanned accounts, so its region is unknown: confirm it is in an allowed region ({AllowedRegions.Text(allowed)}).");
        return Pass($"Bucket {bucket.Name} replicates only to buckets in allowed regions.");
    }
}
