using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3AccessPointPolicyNoPublicAccess : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-access-point-policy-no-public-access",
        Title = "S3 access point policies do not open the bucket to anyone or to any AWS account",
        Severity = Severity.Critical,
        Service = "s3",
        Domain = Domain.DataProtection,
        Risk = "An access point policy that allows Principal \"*\" without a limiting condition lets anyone (or any AWS account) read or write the bucket's objects through the access point, a path that reviews of the bucket policy alone do not see.",
        Remediation = new()
        {
            Text = "Name the account's roles (or the account) in the access point policy instead of \"*\", or add a condition outsiders cannot meet (aws:PrincipalOrgID, aws:SourceVpce), and keep RestrictPublicBuckets on for the access point or the account. The check asks Vigil's IAM engine whether an unauthenticated caller or a role session of an unknown account may act on the access point or its objects; grants neutralised by RestrictPublicBuckets (access point or account) or by resource control policies pass.",
            Cli = "aws s3control put-access-point-policy --account-id ACCOUNT_ID --name ACCESS_POINT --policy file://access-point-policy-without-public-principal.json",
            Terraform = """
                resource "aws_s3control_access_point_policy" "this" {
                  access_point_arn = aws_s3_access_point.this.arn
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect    = "Allow"
                      Principal = { AWS = "arn:aws:iam::ACCOUNT_ID:role/analytics-readers" }
                      Action    = "s3:GetObject"
                      Resource  = "${aws_s3_access_point.this.arn}/object/*"
                    }]
                  })
                }
                """,
            CloudFormation = """
                AccessPoint:
                  Type: AWS::S3::AccessPoint
                  Properties:
                    Bucket: !Ref Bucket
                    Policy:
                      Version: "2012-10-17"
                      Statement:
                        - Effect: Allow
                          Principal: { AWS: !Sub "arn:aws:iam::${AWS::AccountId}:role/analytics-readers" }
                          Action: s3:GetObject
                          Resource: !Sub "arn:aws:s3:${AWS::Region}:${AWS::AccountId}:accesspoint/analytics-readers/object/*"
                """,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-policies.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["AccessPoints"];

    public override CheckOutcome Evaluate(S3Bucket bucket, CheckContext context)
    {
        var withPolicy = bucket.AccessPoints.Where(a => a.Policy is not null).ToList();
        if (withPolicy.Count == 0) return NotApplicable;
        var scope = ExposureScopes.For(context);
        var account = context.Index.ByArn<Account>(Account.ArnFor(bucket.AccountId));
        var open = new List<string>();
        var problems = new List<string>();
        foreach (var point in withPolicy)
        {
            if (BucketExposure.OfAccessPoint(scope, bucket, point, account) is not { } exposed) continue;
            problems.AddRange(exposed.Problems.Select(p => $"{point.Name}: {p}"));
            var grants = exposed.Grants.Where(g => g.Label == ExposureLabel.Public && g.NeutralisedBy is null).ToList();
            if (exposed.Problems.Count == 0 && grants.Count > 0)
                open.Add($"{point.Name} ({string.Join("; ", grants.Select(g => $"{g.Who}: {string.Join(", ", g.Actions.SelectMany(a => a.Actions))}"))})");
        }

        if (open.Count > 0) return Fail($"Access point policies of bucket {bucket.Name} open it to the public: {string.Join("; ", open)}.");
        if (problems.Count > 0) return CheckOutcome.Error($"The access point policies of bucket {bucket.Name} could not be fully assessed: {string.Join("; ", problems)}.");
        return Pass($"No access point policy of bucket {bucket.Name} opens it to anyone or to any AWS account.");
    }
}
