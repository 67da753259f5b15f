using Vigil.Core.Checks;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamPolicyLintNoSecurityWarnings : Check<ManagedPolicy>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-policy-lint-no-security-warnings",
        Title = "Customer managed IAM policies have no policy validation security warnings",
        Severity = Severity.Low,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "IAM Access Analyzer's security warnings mark grants that are broader than they look: iam:PassRole on every role hands administrator roles to any service the holder can configure, ForAllValues on a single-valued key holds when the key is absent, and Allow with NotPrincipal admits everyone not listed. Each is a known path to more access than intended.",
        Remediation = new()
        {
            Text = PolicyLintText.SecurityWarningRemediation + PolicyLintText.Method,
            Cli = PolicyLintText.Cli + "\naws iam create-policy-version --policy-arn POLICY_ARN --set-as-default --policy-document file://policy.json",
            Terraform = """
                resource "aws_iam_policy" "pass_app_role" {
                  name = "AcmePassAppRole"
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect    = "Allow"
                      Action    = "iam:PassRole"
                      Resource  = "arn:aws:iam::111122223333:role/app-runtime"
                      Condition = { StringEquals = { "iam:PassedToService" = "lambda.amazonaws.com" } }
                    }]
                  })
                }
                """,
            CloudFormation = """
                PassAppRolePolicy:
                  Type: AWS::IAM::ManagedPolicy
                  Properties:
                    PolicyDocument:
                      Version: "2012-10-17"
                      Statement:
                        - Effect: Allow
                          Action: iam:PassRole
                          Resource: !Sub "arn:aws:iam::${AWS::AccountId}:role/app-runtime"
                          Condition: { StringEquals: { "iam:PassedToService": lambda.amazonaws.com } }
                """,
            Url = PolicyLintText.Url,
        },
    };

    public override IReadOnlyList<string>? Reads => ["Document"];

    public override CheckOutcome Evaluate(ManagedPolicy policy, CheckContext context) =>
        PolicyLint.ManagedPolicyOutcome(policy, context, v => v.SecurityWarnings, "security warning");
}
