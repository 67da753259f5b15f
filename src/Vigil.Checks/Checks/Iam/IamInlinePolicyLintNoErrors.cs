using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;
using Vigil.Iam.Lint;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamInlinePolicyLintNoErrors : AccountCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-inline-policy-lint-no-errors",
        Title = "Inline policies of IAM users, groups and roles have no policy validation errors",
        Severity = Severity.Medium,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "An inline policy with validation errors does not do what its author meant: a misspelt action or an unknown condition key silently grants or denies nothing, and inline policies are rarely reviewed again once an identity works.",
        Remediation = new()
        {
            Text = PolicyLintText.ErrorRemediation + PolicyLintText.Method,
            Cli = PolicyLintText.Cli + "\naws iam put-role-policy --role-name ROLE_NAME --policy-name POLICY_NAME --policy-document file://policy.json  # likewise put-user-policy / put-group-policy",
            Terraform = """
                resource "aws_iam_role_policy" "export" {
                  role = aws_iam_role.report_export.id
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect    = "Allow"
                      Action    = "s3:PutObject"
                      Resource  = "arn:aws:s3:::acme-reports/*"
                      Condition = { StringEquals = { "s3:x-amz-server-side-encryption" = "aws:kms" } }
                    }]
                  })
                }
                """,
            CloudFormation = """
                ExportPolicy:
                  Type: AWS::IAM::RolePolicy
                  Properties:
                    RoleName: !Ref ReportExportRole
                    PolicyName: export
                    PolicyDocument:
                      Version: "2012-10-17"
                      Statement:
                        - Effect: Allow
                          Action: s3:PutObject
                          Resource: arn:aws:s3:::acme-reports/*
                          Condition: { StringEquals: { "s3:x-amz-server-side-encryption": aws:kms } }
                """,
            Url = PolicyLintText.Url,
        },
    };

    public override IReadOnlyList<Type> DependsOn => [typeof(Account), typeof(IamUser), typeof(IamGroup), typeof(IamRole)];

    public override IReadOnlyList<string>? Reads => [];

    public override CheckOutcome Evaluate(Account account, CheckContext context)
    {
        var failures = new List<string>();
        var problems = new List<string>();
        InlinePolicyScan.Run(context, account.AccountId, (kind, identity, policy) =>
        {
            var verdict = PolicyLintVerdict.Of(context, identity, policy.Document, LintPolicyKind.Identity);
            if (verdict.ParseProblem is { } problem)
            {
                problems.Add($"{kind} {identity.Name} policy {policy.PolicyName} could not be parsed: {problem}");
                return;
            }

            if (verdict.Errors.Described is { } errors) failures.Add($"{kind} {identity.Name} (policy {policy.PolicyName}): {errors}");
        }, problems);
        if (failures.Count > 0)
            return Fail($"Inline policies in account {account.AccountId} have policy validation errors: {string.Join(" | ", failures)}{(problems.Count > 0 ? $" (not assessed: {string.Join("; ", problems)})" : "")}.");
        return problems.Count > 0
            ? CheckOutcome.Error($"Inline policies in account {account.AccountId} could not be assessed: {string.Join("; ", problems)}.")
            : Pass($"No inline policy of an IAM identity in account {account.AccountId} has a policy validation error.");
    }
}
