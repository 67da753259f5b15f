using Vigil.Core.Checks;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3BucketCrossRegionReplicationEnabled : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-bucket-cross-region-replication-enabled",
        Title = "S3 buckets replicate their objects to another region",
        Severity = Severity.Low,
        Service = "s3",
        Domain = Domain.Resilience,
        Risk = "Without a replica in another region, a regional outage, an accidental bucket deletion or a compromise of the account leaves no second copy of the data to recover from.",
        Remediation = new()
        {
            Text = "Enable versioning on the source and a destination bucket in another region (ideally in a separate backup account) and add an enabled replication rule with a replication role.",
            Cli = "aws s3api put-bucket-replication --bucket BUCKET --replication-configuration '{\"Role\":\"arn:aws:iam::ACCOUNT_ID:role/s3-replication\",\"Rules\":[{\"ID\":\"dr\",\"Status\":\"Enabled\",\"Priority\":1,\"Filter\":{},\"DeleteMarkerReplication\":{\"Status\":\"Enabled\"},\"Destination\":{\"Bucket\":\"arn:aws:s3:::DESTINATION_BUCKET\"}}]}'",
            Terraform = """
                resource "aws_s3_bucket_replication_configuration" "this" {
                  bucket = aws_s3_bucket.this.id
                  role   = aws_iam_role.replication.arn
                  rule {
                    id     = "dr"
                    status = "Enabled"
                    filter {}
                    delete_marker_replication {
                      status = "Enabled"
                    }
                    destination {
                      bucket = aws_s3_bucket.replica.arn
                    }
                  }
                }
                """,
            CloudFormation = """
                Bucket:
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
                            Bucket: arn:aws:s3:::my-bucket-replica
                """,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["ReplicationRules"];

    public override CheckOutcome Evaluate(S3Bucket bucket, CheckContext context)
    {
        var enabled = bucket.ReplicationRules.Where(r => r.Status == "Enabled").ToList();
        if (enabled.Count == 0)
        {
            return bucket.ReplicationRules.Count == 0
                ? Fail($"Bucket {bucket.Name} has no replication configuration.")
                : Fail($"Bucket {bucket.Name} has replication rules, but all of them are disabled.");
        }

        var destinations = enabled.Select(r => (Rule: r, Region: DestinationRegion(r, context))).ToList();
        if (destinations.FirstOrDefault(d => d.Region is not null && d.Region != bucket.Region) is { Rule: not null } other)
            return Pass($"Bucket {bucket.Name} replicates to {BucketName(other.Rule.DestinationBucketArn)} in {other.Region}.");
        if (destinations.Any(d => d.Region is null))
            return Manual($"Bucket {bucket.Name} replicates to {string.Join(", ", destinations.Where(d => d.Region is null).Select(d => BucketName(d.Rule.DestinationBucketArn)))}, whose region is not known; confirm it is another region.");
        return Fail($"Bucket {bucket.Name} replicates only within its own region {bucket.Region}.");
    }

    private static string? DestinationRegion(ReplicationRule rule, CheckContext context) =>
        rule.DestinationRegion ?? context.Index.ByArn<S3Bucket>(rule.DestinationBucketArn)?.Region;

    private static string BucketName(string arn) => arn.StartsWith("arn:aws:s3:::", StringComparison.Ordinal) ? arn["arn:aws:s3:::".Length..] : arn;
}
