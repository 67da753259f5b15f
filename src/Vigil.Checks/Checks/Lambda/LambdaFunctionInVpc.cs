using Vigil.Core.Checks;
using Vigil.Core.Model.Lambda;

namespace Vigil.Checks.Checks.Lambda;

internal sealed class LambdaFunctionInVpc : Check<LambdaFunction>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "lambda-function-in-vpc",
        Title = "Lambda functions run in a VPC",
        Severity = Severity.Low,
        Service = "lambda",
        Domain = Domain.Network,
        Risk = "A function outside a VPC reaches the internet directly: its egress cannot be filtered by security groups, network ACLs or a firewall, nor kept on private paths to databases and VPC endpoints, so a compromised function or dependency can exfiltrate data unhindered.",
        Remediation = new()
        {
            Text = "Attach the function to private subnets in at least two Availability Zones with a security group allowing only the egress it needs, and give it VPC endpoints (or a NAT gateway) for the AWS services it calls.",
            Cli = "aws lambda update-function-configuration --function-name FUNCTION_NAME --vpc-config SubnetIds=subnet-aaaa,subnet-bbbb,SecurityGroupIds=sg-0123456789abcdef0",
            Terraform = """
                resource "aws_lambda_function" "this" {
                  # ...
                  vpc_config {
                    subnet_ids         = [aws_subnet.private_a.id, aws_subnet.private_b.id]
                    security_group_ids = [aws_security_group.lambda.id]
                  }
                }
                """,
            CloudFormation = """
                Function:
                  Type: AWS::Lambda::Function
                  Properties:
                    # ...
                    VpcConfig:
                      SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
                      SecurityGroupIds: [!Ref LambdaSecurityGroup]
                """,
            Url = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["VpcId", "SubnetIds"];

    public override CheckOutcome Evaluate(LambdaFunction function, CheckContext context) => function.VpcId is { Length: > 0 } vpc && function.SubnetIds.Count > 0
        ? Pass($"Lambda function {function.Name} runs in VPC {vpc}.")
        : Fail($"Lambda function {function.Name} does not run in a VPC.");
}
