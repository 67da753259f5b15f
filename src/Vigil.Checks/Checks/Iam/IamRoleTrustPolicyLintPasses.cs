using Vigil.Core.Checks;
using Vigil.Core.Model.Iam;
using Vigil.Iam.Lint;

namespace Vigil.Checks.Checks.Iam;

/// <summary>Trust policies fail on security warnings as well as errors, at medium severity: the trust warnings (web
/// identity without audience or subject, GitHub without a repository, Principal "*" without a condition) are ways in.</summary>
internal sealed class IamRoleTrustPolicyLintPasses : Check<IamRole>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-role-trust-policy-lint-passes",
        Title = "IAM role trust policies have no policy validation errors or security warnings",
        Severity = Severity.Medium,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "A trust policy decides who may become the role. Validation errors (an unknown condition key, a misspelt principal) make it trust more or fewer callers than written; IAM Access Analyzer's security warnings mark trust that is open to strangers: an OIDC provider without an audience or subject condition, GitHub Actions without a repository in token.actions.githubusercontent.com:sub, Principal \"*\" without a condition.",
        Remediation = new()
        {
            Text = "Correct each error and security warning the message names; for web identity trust, require the provider's :aud and :sub (for GitHub, repo:OWNER/REPO:...). " + PolicyLintText.Method,
            Cli = "aws accessanalyzer validate-policy --policy-type RESOURCE_POLICY --validate-policy-resource-type AWS::IAM::AssumeRolePolicyDocument --policy-document file://trust.json\naws iam update-assume-role-policy --role-name ROLE_NAME --policy-document file://trust.json",
            Terraform = """
                data "aws_iam_policy_document" "github_trust" {
                  statement {
                    actions = ["sts:AssumeRoleWithWebIdentity"]
                    principals {
                      type        = "Federated"
                      identifiers = [aws_iam_openid_connect_provider.github.arn]
                    }
                    condition {
                      test     = "StringEquals"
                      variable = "token.actions.githubusercontent.com:aud"
                      values   = ["sts.amazonaws.com"]
                    }
                    condition {
                      test     = "StringLike"
                      variable = "token.actions.githubusercontent.com:sub"
                      values   = ["repo:ORG/REPO:ref:refs/heads/main"]
                    }
                  }
                }
                """,
            CloudFormation = """
                DeployRole:
                  Type: AWS::IAM::Role
                  Properties:
                    AssumeRolePolicyDocument:
                      Version: "2012-10-17"
                      Statement:
                        - Effect: Allow
                          Principal: { Federated: !Sub "arn:aws:iam::${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com" }
                          Action: sts:AssumeRoleWithWebIdentity
                          Condition:
                            StringEquals: { "token.actions.githubusercontent.com:aud": sts.amazonaws.com }
                            StringLike: { "token.actions.githubusercontent.com:sub": "repo:ORG/REPO:ref:refs/heads/main" }
                """,
            Url = PolicyLintText.Url,
        },
    };

    public override IReadOnlyList<string>? Reads => ["TrustPolicy"];

    public override CheckOutcome Evaluate(IamRole role, CheckContext context)
    {
        if (role.IsServiceLinked) return NotApplicable;
        if (role.TrustPolicy is not { } document)
            return CheckOutcome.Error($"The trust policy of role {role.Name} was not collected.");
        var verdict = PolicyLintVerdict.Of(context, role, document, LintPolicyKind.Trust);
        if (verdict.ParseProblem is { } problem)
            return CheckOutcome.Error($"The trust policy of role {role.Name} could not be parsed: {problem}.");
        var serious = verdict.Serious;
        return serious.Count == 0
            ? Pass($"The trust policy of role {role.Name} has no policy validation errors or security warnings.")
            : Fail($"The trust policy of role {role.Name} has {serious.Count} policy validation {(serious.Count == 1 ? "finding" : "findings")}: {serious.Described}.");
    }
}
