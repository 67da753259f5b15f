using Vigil.Core.Checks;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamPolicyNoFullAdmin : Check<ManagedPolicy>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-policy-no-full-admin",
        Title = "No customer managed IAM policy grants full administrative access",
        Severity = Severity.High,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "A policy that allows every action on every resource (Action \"*\", or a NotAction allow to the same effect) turns anyone it is attached to into an administrator who can disable logging, create credentials and delete data; least privilege is gone.",
        Remediation = new()
        {
            Text = "Replace the policy's wildcard grant with the actions and resources its holders need (IAM Access Analyzer can generate a policy from CloudTrail activity), or detach it and give the few real administrators AdministratorAccess through a role that requires MFA. The check asks Vigil's IAM engine whether the policy alone allows a set of probe actions across services on any resource; conditioned grants do not count as full access. The probes are IAM, EC2, S3, KMS and Organizations actions and an action that exists in no service, so the equivalents of \"*\" on \"*\" that count are \"*:*\", NotResource grants and NotAction grants that exclude only actions outside the probes (billing, say); a NotAction grant that excludes IAM, like AWS's PowerUserAccess, is not full administrative access and is reported by iam-policy-no-service-wildcard.",
            Cli = """
                aws iam create-policy-version --policy-arn POLICY_ARN --set-as-default --policy-document file://least-privilege.json
                aws iam delete-policy-version --policy-arn POLICY_ARN --version-id OLD_VERSION_ID
                """,
            Terraform = """
                resource "aws_iam_policy" "this" {
                  name = "AcmeScopedAccess"
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect   = "Allow"
                      Action   = ["s3:GetObject", "s3:PutObject"]
                      Resource = "arn:aws:s3:::example-bucket/*"
                    }]
                  })
                }
                """,
            CloudFormation = """
                ScopedPolicy:
                  Type: AWS::IAM::ManagedPolicy
                  Properties:
                    PolicyDocument:
                      Version: "2012-10-17"
                      Statement:
                        - Effect: Allow
                          Action: ["s3:GetObject", "s3:PutObject"]
                          Resource: arn:aws:s3:::example-bucket/*
                """,
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Document"];

    public override CheckOutcome Evaluate(ManagedPolicy policy, CheckContext context)
    {
        if (policy.IsAwsManaged) return NotApplicable;
        if (policy.Document is not { } document)
            return CheckOutcome.Error($"The default version document of policy {policy.Name} was not collected.");
        var (fullAdmin, parseError) = FullAdminProbe.Verdict(context, policy.AccountId, document, policy.Arn);
        if (parseError is not null)
            return CheckOutcome.Error($"The default version of policy {policy.Name} could not be parsed: {parseError.TrimEnd('.')}.");
        if (!fullAdmin) return Pass($"Policy {policy.Name} does not grant full administrative access.");
        return Fail(policy.AttachmentCount > 0
            ? $"Policy {policy.Name} grants full administrative access (it allows actions in every service on all resources) and is attached to {policy.AttachmentCount} {(policy.AttachmentCount == 1 ? "identity" : "identities")}."
            : $"Policy {policy.Name} grants full administrative access (it allows actions in every service on all resources); it is attached to no identity yet, but one attachment makes an administrator.");
    }
}
