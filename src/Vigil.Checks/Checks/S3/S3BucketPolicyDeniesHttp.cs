using System.Collections.Concurrent;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.S3;
using Vigil.Iam;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3BucketPolicyDeniesHttp : Check<S3Bucket>
{
    private const string AllowAllS3 = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}""";
    private static readonly Policy[] IdentityAllowingS3 = [Policy.Parse(AllowAllS3, "vigil-probe-identity")];
    private static readonly string[] ProbeActions = ["s3:GetObject", "s3:PutObject"];
    private static readonly Dictionary<string, IReadOnlyList<string>> InsecureTransport =
        new(StringComparer.OrdinalIgnoreCase) { ["aws:SecureTransport"] = ["false"] };

    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-bucket-policy-denies-http",
        Title = "S3 bucket policies deny requests that do not use TLS",
        Severity = Severity.Medium,
        Service = "s3",
        Domain = Domain.DataProtection,
        Risk = "S3 accepts plain HTTP unless the bucket policy denies it, so a misconfigured client or SDK endpoint can send objects and credentials-signed requests in clear text where they can be read or tampered with on the network.",
        Remediation = new()
        {
            Text = "Add a statement to the bucket policy that denies every principal all S3 actions on the bucket and its objects when aws:SecureTransport is false. The check asks Vigil's IAM engine whether an HTTP GetObject and PutObject, from the bucket's own account and from another account, end in an explicit deny.",
            Cli = """
                aws s3api put-bucket-policy --bucket BUCKET --policy '{"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::BUCKET","arn:aws:s3:::BUCKET/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}'
                # put-bucket-policy replaces the whole policy: merge this statement into the existing one first.
                """,
            Terraform = """
                resource "aws_s3_bucket_policy" "tls_only" {
                  bucket = aws_s3_bucket.this.id
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Sid       = "DenyInsecureTransport"
                      Effect    = "Deny"
                      Principal = "*"
                      Action    = "s3:*"
                      Resource  = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]
                      Condition = { Bool = { "aws:SecureTransport" = "false" } }
                    }]
                  })
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
                        - Sid: DenyInsecureTransport
                          Effect: Deny
                          Principal: "*"
                          Action: s3:*
                          Resource:
                            - !GetAtt Bucket.Arn
                            - !Sub "${Bucket.Arn}/*"
                          Condition:
                            Bool:
                              aws:SecureTransport: "false"
                """,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Policy"];

    public override CheckOutcome Evaluate(S3Bucket bucket, CheckContext context)
    {
        if (bucket.Policy is not { } document)
            return Fail($"Bucket {bucket.Name} has no bucket policy, so it accepts requests over plain HTTP.");
        var verdict = PolicyVerdictCache.Get(context, "s3-http-denial", bucket, document, (bucket, document, context),
            static s => Analyse(s.bucket, s.document, s.context));
        if (verdict.ParseError is { } error)
            return CheckOutcome.Error($"The bucket policy of {bucket.Name} could not be parsed: {error.TrimEnd('.')}.");
        if (verdict.Action is { } action)
        {
            var who = verdict.FromOwnAccount ? "its own account" : "another account";
            return Fail($"The bucket policy of {bucket.Name} does not deny an HTTP (non-TLS) {action} from {who} (decision: {DecisionText.Of(verdict.Decision)}).");
        }

        return Pass($"The bucket policy of {bucket.Name} denies requests that do not use TLS.");
    }

    private static HttpDenialVerdict Analyse(S3Bucket bucket, string document, CheckContext context)
    {
        var compiled = CompiledPolicies.Compile(document, bucket.Arn);
        if (compiled.Policy is not { } policy) return new HttpDenialVerdict(bucket.Arn, false, false, compiled.ParseError, null, false, Decision.ImplicitDeny);
        var renamable = PolicyVerdictCache.HoldsForRenamedResource(document, bucket.Arn, PolicyMentions.Of(policy));
        // The probes name the owner's account (and 999999999999 as another): the verdict carries over to an owner whose id
        // takes this one's place, unless the policy reads owner facts or the owner is that other account.
        var elsewhere = renamable && !PolicyVerdictCache.MayDependOnOwner(document) && bucket.AccountId is not ("999999999999" or "888888888888");
        var principals = context.Index.Computed("s3-http-probe-principals", _ => new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal))
            .GetOrAdd(bucket.AccountId, ProbePrincipals);
        foreach (var principal in principals)
        {
            foreach (var action in ProbeActions)
            {
                var request = new AuthorizationRequest
                {
                    Principal = principal,
                    Action = action,
                    Resource = $"arn:aws:s3:::{bucket.Name}/probe",
                    ResourceAccount = bucket.AccountId,
                    Context = InsecureTransport,
                    IdentityPolicies = IdentityAllowingS3,
                    ResourcePolicy = policy,
                };
                var decision = Evaluator.Evaluate(request).Decision;
                if (decision != Decision.ExplicitDeny)
                    return new HttpDenialVerdict(bucket.Arn, renamable, elsewhere, null, action, principal.Contains(bucket.AccountId, StringComparison.Ordinal), decision);
            }
        }

        return new HttpDenialVerdict(bucket.Arn, renamable, elsewhere, null, null, false, Decision.ExplicitDeny);
    }

    /// <summary>A role in the bucket's own account and one in another account.</summary>
    private static string[] ProbePrincipals(string accountId)
    {
        var otherAccount = accountId == "999999999999" ? "888888888888" : "999999999999";
        return [$"arn:aws:iam::{accountId}:role/vigil-probe", $"arn:aws:iam::{otherAccount}:role/vigil-probe"];
    }
}
