using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3BucketPolicyNoCrossAccountPermissionChanges : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-bucket-policy-no-cross-account-permission-changes",
        Title = "S3 bucket policies let no other AWS account change the bucket's policy, ACLs or encryption",
        Severity = Severity.High,
        Service = "s3",
        Domain = Domain.Identity,
        Risk = "A principal in another account that may put or delete the bucket policy, put bucket or object ACLs, or replace the default encryption can grant itself (or the world) any access to the data, lock the owner out, or re-encrypt objects under a key the owner does not control.",
        Remediation = new()
        {
            Text = "Remove s3:PutBucketPolicy, s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutObjectAcl and s3:PutEncryptionConfiguration (and wildcards such as s3:* or s3:Put*) from the statements that allow other accounts, and keep cross-account grants to the data actions the partner needs. Accounts in the scanned snapshot count as your own. The check asks Vigil's IAM engine, for each foreign account the policy names and for an unknown account, whether a caller whose own identity policy allows everything may perform those actions.",
            Cli = """
                aws s3api get-bucket-policy --bucket BUCKET --query Policy --output text > policy.json
                # narrow the cross-account statements in policy.json to data actions, then:
                aws s3api put-bucket-policy --bucket BUCKET --policy file://policy.json
                """,
            Terraform = """
                data "aws_iam_policy_document" "partner_read" {
                  statement {
                    sid       = "PartnerReadOnly"
                    principals {
                      type        = "AWS"
                      identifiers = ["arn:aws:iam::PARTNER_ACCOUNT_ID:root"]
                    }
                    actions   = ["s3:GetObject", "s3:ListBucket"]
                    resources = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]
                  }
                }

                resource "aws_s3_bucket_policy" "this" {
                  bucket = aws_s3_bucket.this.id
                  policy = data.aws_iam_policy_document.partner_read.json
                }
                """,
            CloudFormation = """
                BucketPolicy:
                  Type: AWS::S3::BucketPolicy
                  Properties:
                    Bucket: !Ref Bucket
                    PolicyDocument:
                      Version: "2012-10-17"
                      Statement:
                        - Sid: PartnerReadOnly
                          Effect: Allow
                          Principal:
                            AWS: arn:aws:iam::PARTNER_ACCOUNT_ID:root
                          Action: ["s3:GetObject", "s3:ListBucket"]
                          Resource:
                            - !GetAtt Bucket.Arn
                            - !Sub "${Bucket.Arn}/*"
                """,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => [typeof(S3Bucket), typeof(Account)];

    public override IReadOnlyList<string>? Reads => ["Policy", "PublicAccessBlock"];

    public override CheckOutcome Evaluate(S3Bucket bucket, CheckContext context)
    {
        if (PublicBucketPolicy.Exposure(bucket, context, out var outcome) is not { } exposure) return outcome;
        const ExposureAccess sensitive = ExposureAccess.Management;
        var grants = exposure.Foreign(sensitive);
        var publicGrant = exposure.Public(sensitive);
        if (publicGrant is null && grants.Count == 0)
            return Pass($"The bucket policy of {bucket.Name} lets no other account change its policy, ACLs or encryption.");

        var described = string.Join("; ", (publicGrant is null ? grants : grants.Prepend(publicGrant)).Select(g => $"{g.Who}: {g.ActionsFor(sensitive)}"));
        if (exposure.Public(ExposureAccess.Any) is not null)
        {
            // RestrictPublicBuckets blocks every cross-account grant of a public policy, named accounts included.
            if (PublicBucketPolicy.Restriction(bucket, context, out var collected) is { } restriction)
                return Pass($"The bucket policy of {bucket.Name} lets other accounts change its permissions ({described}), but the policy is public and {restriction} limits it to the owner's account and AWS services.");
            if (!collected)
                return CheckOutcome.Error($"The bucket policy of {bucket.Name} lets other accounts change its permissions ({described}); whether RestrictPublicBuckets neutralises it was not collected.");
        }

        return Fail($"The bucket policy of {bucket.Name} lets other accounts change its policy, ACLs or encryption ({described}).");
    }
}
