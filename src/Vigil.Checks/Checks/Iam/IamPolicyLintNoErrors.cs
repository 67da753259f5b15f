using Vigil.Core.Checks;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamPolicyLintNoErrors : Check<ManagedPolicy>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-policy-lint-no-errors",
        Title = "Customer managed IAM policies have no policy validation errors",
        Severity = Severity.Medium,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "A policy with validation errors does not do what its author meant: a misspelt action or an unknown condition key silently grants or denies nothing (a Deny that was meant to protect does not apply), a resource ARN that fits none of the actions leaves the statement without effect, and whoever relies on the policy has a gap they do not know about.",
        Remediation = new()
        {
            Text = PolicyLintText.ErrorRemediation + PolicyLintText.Method,
            Cli = PolicyLintText.Cli + "\naws iam create-policy-version --policy-arn POLICY_ARN --set-as-default --policy-document file://policy.json",
            Terraform = """
                resource "aws_iam_policy" "this" {
                  name = "AcmeLogShipping"
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect   = "Allow"
                      Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]   # spelt as in the Service Authorization Reference
                      Resource = "arn:aws:logs:us-east-1:111122223333:log-group:/acme/app:*"
                    }]
                  })
                }
                """,
            CloudFormation = """
                LogShippingPolicy:
                  Type: AWS::IAM::ManagedPolicy
                  Properties:
                    PolicyDocument:
                      Version: "2012-10-17"
                      Statement:
                        - Effect: Allow
                          Action: ["logs:CreateLogStream", "logs:PutLogEvents"]
                          Resource: !Sub "arn:aws:logs:${AWS::Region}:${AWS::AccountId}:log-group:/acme/app:*"
                """,
            Url = PolicyLintText.Url,
        },
    };

    public override IReadOnlyList<string>? Reads => ["Document"];

    public override CheckOutcome Evaluate(ManagedPolicy policy, CheckContext context) =>
        PolicyLint.ManagedPolicyOutcome(policy, context, v => v.Errors, "error");
}
