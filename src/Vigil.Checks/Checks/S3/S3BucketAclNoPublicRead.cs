using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3BucketAclNoPublicRead : Check<S3Bucket>
{
    private static readonly HashSet<string> ReadPermissions = new(["READ", "READ_ACP", "FULL_CONTROL"], StringComparer.Ordinal);

    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-bucket-acl-no-public-read",
        Title = "S3 bucket ACLs grant no read access to everyone or to all AWS accounts",
        Severity = Severity.Critical,
        Service = "s3",
        Domain = Domain.DataProtection,
        Risk = "A READ grant to AllUsers or AuthenticatedUsers lets anyone on the internet (or anyone with any AWS account) list the bucket's objects, and READ_ACP discloses who else has access.",
        Remediation = new()
        {
            Text = "Remove the grants to the AllUsers and AuthenticatedUsers groups (set the ACL to private), then disable ACLs with Object Ownership set to BucketOwnerEnforced and turn on Block Public Access.",
            Cli = "aws s3api put-bucket-acl --bucket BUCKET --acl private",
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
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => [typeof(S3Bucket), typeof(Account)];

    public override IReadOnlyList<string>? Reads => ["AclGrants", "PublicAccessBlock"];

    public override CheckOutcome Evaluate(S3Bucket bucket, CheckContext context) =>
        PublicAclGrants.Evaluate(bucket, context, ReadPermissions, "read");
}
