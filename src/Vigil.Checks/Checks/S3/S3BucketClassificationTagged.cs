using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3BucketClassificationTagged : ClassificationTagCheck<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-bucket-classification-tagged",
        Title = "S3 buckets carry the data-classification tags",
        Severity = Severity.Low,
        Service = "s3",
        Domain = Domain.Governance,
        Risk = "Without a classification tag nobody can tell which controls the data needs (encryption with a customer managed key, backups, access reviews), automated policies keyed on the tag skip it, and sensitive data goes unnoticed.",
        Remediation = new()
        {
            Text = "Tag the data store with each key listed in dataClassificationTagKeys, with the sensitivity tier of its data as the value; enforce the tag with an AWS Organizations tag policy.",
            Cli = "aws s3api put-bucket-tagging --bucket BUCKET --tagging 'TagSet=[{Key=data-classification,Value=confidential}]'",
            Terraform = """
                resource "aws_s3_bucket" "data" {
                  bucket = "BUCKET"
                  tags = {
                    "data-classification" = "confidential"
                  }
                }
                """,
            CloudFormation = """
                DataBucket:
                  Type: AWS::S3::Bucket
                  Properties:
                    Tags:
                      - Key: data-classification
                        Value: confidential
                """,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/CostAllocTagging.html",
        },
    };

    protected override string Subject(S3Bucket bucket) => $"Bucket {bucket.Name}";
}
