using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamRoleTrustNotPublic : Check<IamRole>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-role-trust-not-public",
        Title = "IAM role trust policies do not let arbitrary principals assume the role",
        Severity = Severity.Critical,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "A trust policy that admits \"*\" (any AWS account, any SAML provider, any web identity) without a condition that only the intended callers meet, or that trusts a web identity provider such as GitHub Actions without pinning the token's subject, lets strangers assume the role and use all of its permissions: any GitHub repository's workflow, any Google or Cognito user, or any AWS account.",
        Remediation = new()
        {
            Text = "Name the principals that may assume the role (account, role or provider ARNs), or keep \"*\" only together with a condition that limits the callers (aws:PrincipalOrgID, aws:PrincipalArn, aws:SourceAccount, sts:ExternalId). For a web identity provider, require both the audience and the subject, e.g. token.actions.githubusercontent.com:sub = repo:ORG/REPO:ref:refs/heads/main. The check asks Vigil's IAM engine whether the role may be assumed by a principal of an arbitrary other account, an arbitrary SAML provider, an identity of Google, Facebook, Amazon or Cognito, or a token of a named provider with an arbitrary subject, with no request context and with context an arbitrary caller could present (MFA, TLS, a made-up external id, an audience of its choosing).",
            Cli = "aws iam update-assume-role-policy --role-name ROLE_NAME --policy-document file://trust.json  # trust.json names the callers or conditions on aws:PrincipalOrgID / token sub",
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
                resource "aws_iam_role" "deploy" {
                  name               = "github-actions-deploy"
                  assume_role_policy = data.aws_iam_policy_document.github_trust.json
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
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub",
        },
    };

    public override IReadOnlyList<string>? Reads => ["TrustPolicy"];

    public override CheckOutcome Evaluate(IamRole role, CheckContext context)
    {
        if (role.IsServiceLinked) return NotApplicable;
        if (role.TrustPolicy is not { } document)
            return CheckOutcome.Error($"The trust policy of role {role.Name} was not collected.");
        var compiled = CompiledPolicies.Get(context, document, role.Arn);
        if (compiled.Policy is not { } trust)
            return CheckOutcome.Error($"The trust policy of role {role.Name} could not be parsed: {compiled.ParseError!.TrimEnd('.')}.");
        var exposures = PublicTrustProbe.Exposures(context, trust, document, role.Arn, role.AccountId);
        return exposures.Count == 0
            ? Pass($"Only specific principals may assume role {role.Name}.")
            : Fail($"Role {role.Name} may be assumed, without a limiting condition, by {string.Join("; ", exposures)}.");
    }
}
