using Vigil.Core.Checks;
using Vigil.Core.Model.CloudFront;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.CloudFront;

internal sealed class CloudFrontDistributionS3OriginBucketExists : Check<Distribution>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudfront-distribution-s3-origin-bucket-exists",
        Title = "CloudFront distributions do not point to S3 origin buckets that do not exist",
        Severity = Severity.High,
        Service = "cloudfront",
        Domain = Domain.DataProtection,
        Risk = "Bucket names are global: anyone can create a bucket with the name of a deleted origin bucket and serve their own content, scripts included, under the distribution's domain and certificate to every visitor.",
        Remediation = new()
        {
            Text = "Point the origin at an existing bucket you own (and restrict it to the distribution with origin access control), or remove the origin, or the whole distribution if the site is gone. Vigil decides existence from evidence only: the live collector asks S3 GetBucketLocation for each origin bucket, which answers NoSuchBucket when no account has the name and AccessDenied when another account owns it (that bucket exists). When that answer is absent (an older snapshot, an infrastructure-as-code input), a bucket present in the snapshot exists, and any other is reported as an error, never guessed missing.",
            Cli = """
                aws cloudfront get-distribution-config --id DISTRIBUTION_ID > config.json
                # edit Origins.Items[].DomainName to an existing bucket (BUCKET.s3.REGION.amazonaws.com) or remove the origin, then:
                aws cloudfront update-distribution --id DISTRIBUTION_ID --if-match ETAG --distribution-config file://distribution-config.json
                """,
            Terraform = """
                resource "aws_cloudfront_distribution" "site" {
                  # ...
                  origin {
                    domain_name              = aws_s3_bucket.site.bucket_regional_domain_name  # a bucket managed alongside
                    origin_id                = "site"
                    origin_access_control_id = aws_cloudfront_origin_access_control.site.id
                  }
                }
                """,
            CloudFormation = """
                Distribution:
                  Type: AWS::CloudFront::Distribution
                  Properties:
                    DistributionConfig:
                      Origins:
                        - Id: site
                          DomainName: !GetAtt SiteBucket.RegionalDomainName
                          S3OriginConfig: {}
                          OriginAccessControlId: !GetAtt SiteOac.Id
                """,
            Url = "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistS3AndCustomOrigins.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Origins", "MissingOriginBuckets"];

    public override CheckOutcome Evaluate(Distribution distribution, CheckContext context)
    {
        var hasS3Origin = false;
        foreach (var origin in distribution.Origins)
        {
            if (!origin.IsS3) continue;
            if (origin.BucketName is null)
                return CheckOutcome.Error($"S3 origin {origin.Id} of distribution {distribution.DistributionId} has the domain name {origin.DomainName}, which names no bucket.");
            hasS3Origin = true;
        }

        if (!hasS3Origin) return NotApplicable;
        if (distribution.MissingOriginBuckets is { } missing)
        {
            return missing.Count == 0
                ? Pass($"The S3 origin buckets of distribution {distribution.DistributionId} exist.")
                : Fail($"Distribution {distribution.DistributionId} points to S3 origin bucket(s) that do not exist: {string.Join(", ", missing)}; anyone may create them and serve content through the distribution.");
        }

        var inventoried = context.Index.First<S3Bucket>("name", b => b.Name);
        foreach (var origin in distribution.Origins)
        {
            if (origin.IsS3 && origin.BucketName is { } bucket && !inventoried.ContainsKey(bucket))
                return CheckOutcome.Error($"Whether S3 origin bucket {bucket} of distribution {distribution.DistributionId} exists was not determined: the input does not say, and the bucket is not among the inventoried ones (it may belong to another account).");
        }

        return Pass($"The S3 origin buckets of distribution {distribution.DistributionId} are in the inventory.");
    }
}
