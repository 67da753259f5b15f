using Vigil.Core.Checks;
using Vigil.Core.Model.Lambda;

namespace Vigil.Checks.Checks.Lambda;

internal sealed class LambdaFunctionSupportedRuntime : Check<LambdaFunction>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "lambda-function-supported-runtime",
        Title = "Lambda functions use a runtime that AWS still supports",
        Severity = Severity.Medium,
        Service = "lambda",
        Domain = Domain.VulnerabilityPatching,
        Risk = "A deprecated runtime no longer receives security patches for its language runtime or operating system, so known vulnerabilities stay exploitable in the function's execution environment and AWS eventually blocks updates to the function.",
        Remediation = new()
        {
            Text = "Upgrade the function code to a supported runtime version (for example python3.12 or nodejs22.x), test it, then update the function configuration.",
            Cli = "aws lambda update-function-configuration --function-name FUNCTION_NAME --runtime python3.12",
            Terraform = """
                resource "aws_lambda_function" "this" {
                  # ...
                  runtime = "python3.12"
                }
                """,
            CloudFormation = """
                Function:
                  Type: AWS::Lambda::Function
                  Properties:
                    Runtime: python3.12
                """,
            Url = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Runtime", "PackageType"];

    public override CheckOutcome Evaluate(LambdaFunction function, CheckContext context)
    {
        if (function.PackageType == "Image") return NotApplicable;
        if (function.Runtime is null) return CheckOutcome.Error($"The runtime of Lambda function {function.Name} was not collected.");
        return context.Settings.SupportedLambdaRuntimes.Contains(function.Runtime, StringComparer.Ordinal)
            ? Pass($"Lambda function {function.Name} uses the supported runtime {function.Runtime}.")
            : Fail($"Lambda function {function.Name} uses the unsupported runtime {function.Runtime}.");
    }
}
