using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Lambda;

namespace Vigil.Checks.Checks.Lambda;

internal sealed class LambdaFunctionPolicyNoForeignAccountAccess : ForeignAccountPolicyCheck<LambdaFunction>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "lambda-function-policy-no-foreign-account-access",
        Title = "Lambda function policies grant no access to accounts outside the scanned estate",
        Severity = Severity.Medium,
        Service = "lambda",
        Domain = Domain.Identity,
        Risk = "A function policy that names another account lets any principal that account delegates to invoke the function with its execution role's permissions in your account, read its code and configuration, or replace its code. A forgotten integration or a compromised partner account keeps that foothold.",
        Remediation = new()
        {
            Text = "Remove the permissions for accounts that no longer call the function (aws lambda remove-permission), and keep the rest to lambda:InvokeFunction for the partner's exact role. Accounts in the scanned snapshot and in the trustedAccounts setting (docs/configuration.md) count as your own; a function that any account may call fails lambda-function-policy-no-public-access instead. The check asks Vigil's IAM engine, for each foreign account the policy names, whether its root or the principals named in it may invoke, read, update or manage the function.",
            Cli = """
                aws lambda get-policy --function-name FUNCTION --query Policy --output text
                aws lambda remove-permission --function-name FUNCTION --statement-id FOREIGN_STATEMENT_ID
                aws lambda add-permission --function-name FUNCTION --statement-id partner-invoke --action lambda:InvokeFunction \
                  --principal arn:aws:iam::PARTNER_ACCOUNT_ID:role/PARTNER_CALLER_ROLE
                """,
            Terraform = """
                resource "aws_lambda_permission" "partner_invoke" {
                  statement_id  = "partner-invoke"
                  action        = "lambda:InvokeFunction"
                  function_name = aws_lambda_function.this.function_name
                  principal     = "arn:aws:iam::PARTNER_ACCOUNT_ID:role/PARTNER_CALLER_ROLE"
                }
                """,
            CloudFormation = """
                PartnerInvoke:
                  Type: AWS::Lambda::Permission
                  Properties:
                    Action: lambda:InvokeFunction
                    FunctionName: !Ref Function
                    Principal: arn:aws:iam::PARTNER_ACCOUNT_ID:role/PARTNER_CALLER_ROLE
                """,
            Url = "https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-cross-account.html",
        },
    };

    protected override ExposureProbeSet Probes => ExposureProbeSets.LambdaFunction;

    protected override string PolicyKind => "function policy";

    protected override string Reach => "invoke, read or change the function";

    protected override string? PolicyOf(LambdaFunction function) => function.Policy;
}
