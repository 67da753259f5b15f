namespace Vigil.Checks.Checks.S3;

/// <summary>The remediation snippets that turn on every Block Public Access switch of one bucket.</summary>
internal static class BucketPublicAccessBlockSnippets
{
    public const string Cli =
        "aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true";

    public const string Terraform = """
        resource "aws_s3_bucket_public_access_block" "this" {
          bucket                  = aws_s3_bucket.this.id
          block_public_acls       = true
          ignore_public_acls      = true
          block_public_policy     = true
          restrict_public_buckets = true
        }
        """;

    public const string CloudFormation = """
        Bucket:
          Type: AWS::S3::Bucket
          Properties:
            PublicAccessBlockConfiguration:
              BlockPublicAcls: true
              IgnorePublicAcls: true
              BlockPublicPolicy: true
              RestrictPublicBuckets: true
        """;
}
