using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Lambda;

namespace Vigil.Checks.Checks.Lambda;

internal sealed class LambdaFunctionPolicyNoPublicAccess : Check<LambdaFunction>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "lambda-function-policy-no-public-access",
        Title = "Lambda function policies do not let any AWS account invoke or change the function",
        Severity = Severity.Critical,
        Service = "lambda",
        Domain = Domain.Identity,
        Risk = "A function policy that allows Principal \"*\" without a limiting condition lets a principal of any AWS account invoke the function with its execution role's permissions, read its code and configuration, or replace its code.",
        Remediation = new()
        {
            Text = "Remove the permission statements that name Principal \"*\" (aws lambda remove-permission), and add permissions for the exact account or service principal, with --source-arn and --source-account for services. The check asks Vigil's IAM engine whether a role session of an unknown account, whose own identity policy allows everything, may invoke, read, update or manage the function.",
            Cli = """
                aws lambda get-policy --function-name FUNCTION --query Policy --output text
                aws lambda remove-permission --function-name FUNCTION --statement-id PUBLIC_STATEMENT_ID
                aws lambda add-permission --function-name FUNCTION --statement-id apigateway-invoke --action lambda:InvokeFunction \
                  --principal apigateway.amazonaws.com --source-arn "arn:aws:execute-api:REGION:ACCOUNT_ID:API_ID/*" --source-account ACCOUNT_ID
                """,
            Terraform = """
                resource "aws_lambda_permission" "api_gateway" {
                  statement_id   = "apigateway-invoke"
                  action         = "lambda:InvokeFunction"
                  function_name  = aws_lambda_function.this.function_name
                  principal      = "apigateway.amazonaws.com"
                  source_arn     = "${aws_api_gateway_rest_api.this.execution_arn}/*"
                  source_account = data.aws_caller_identity.current.account_id
                }
                """,
            CloudFormation = """
                ApiGatewayInvoke:
                  Type: AWS::Lambda::Permission
                  Properties:
                    Action: lambda:InvokeFunction
                    FunctionName: !Ref Function
                    Principal: apigateway.amazonaws.com
                    SourceArn: !Sub "arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*"
                    SourceAccount: !Ref AWS::AccountId
                """,
            Url = "https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Policy"];

    public override CheckOutcome Evaluate(LambdaFunction function, CheckContext context) =>
        PublicResourcePolicy.Evaluate(function, function.Policy, context, ExposureProbeSets.LambdaFunction, "function policy");
}
