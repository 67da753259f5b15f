using Vigil.Core.Checks;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3BucketAclsDisabled : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-bucket-acls-disabled",
        Title = "S3 buckets have ACLs disabled with Object Ownership set to bucket owner enforced",
        Severity = Severity.Medium,
        Service = "s3",
        Domain = Domain.Identity,
        Risk = "While ACLs are enabled, access can be granted per bucket and per object outside IAM and bucket policies, objects uploaded by other accounts stay owned by them, and a public object ACL is easy to miss.",
        Remediation = new()
        {
            Text = "Move any access granted through ACLs into the bucket policy, then set Object Ownership to BucketOwnerEnforced, which disables all bucket and object ACLs.",
            Cli = "aws s3api put-bucket-ownership-controls --bucket BUCKET --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'",
            Terraform = """
                resource "aws_s3_bucket_ownership_controls" "this" {
                  bucket = aws_s3_bucket.this.id
                  rule {
                    object_ownership = "BucketOwnerEnforced"
                  }
                }
                """,
            CloudFormation = """
                Bucket:
                  Type: AWS::S3::Bucket
                  Properties:
                    OwnershipControls:
                      Rules:
                        - ObjectOwnership: BucketOwnerEnforced
                """,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["ObjectOwnership"];

    public override CheckOutcome Evaluate(S3Bucket bucket, CheckContext context) => bucket.ObjectOwnership switch
    {
        null => CheckOutcome.Error($"The Object Ownership setting of bucket {bucket.Name} was not collected."),
        "BucketOwnerEnforced" => Pass($"Bucket {bucket.Name} has ACLs disabled (Object Ownership is BucketOwnerEnforced)."),
        var ownership => Fail($"Bucket {bucket.Name} still honours ACLs (Object Ownership is {ownership})."),
    };
}
