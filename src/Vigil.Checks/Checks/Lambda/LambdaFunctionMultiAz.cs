using Vigil.Core.Checks;
using Vigil.Core.Model.Lambda;

namespace Vigil.Checks.Checks.Lambda;

internal sealed class LambdaFunctionMultiAz : Check<LambdaFunction>
{
    private const int MinimumZones = 2;

    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "lambda-function-multi-az",
        Title = "VPC-connected Lambda functions use subnets in at least two Availability Zones",
        Severity = Severity.Medium,
        Service = "lambda",
        Domain = Domain.Resilience,
        Risk = "A function attached to subnets of a single Availability Zone cannot be invoked when that zone is impaired, so every workload that depends on it goes down with the zone.",
        Remediation = new()
        {
            Text = "Attach the function to private subnets in at least two Availability Zones of its VPC.",
            Cli = "aws lambda update-function-configuration --function-name FUNCTION_NAME --vpc-config SubnetIds=SUBNET_A,SUBNET_B,SecurityGroupIds=SG_ID",
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
                    VpcConfig:
                      SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
                      SecurityGroupIds: [!Ref LambdaSecurityGroup]
                """,
            Url = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["VpcId", "SubnetIds", "SubnetAvailabilityZones"];

    public override CheckOutcome Evaluate(LambdaFunction function, CheckContext context)
    {
        if (function.VpcId is null && function.SubnetIds.Count == 0) return NotApplicable;
        if (function.SubnetIds.Count == 0) return CheckOutcome.Error($"The subnets of Lambda function {function.Name} were not collected.");
        if (function.SubnetAvailabilityZones.Count == 0)
            return CheckOutcome.Error($"The Availability Zones of the subnets of Lambda function {function.Name} were not collected.");
        var zones = function.SubnetAvailabilityZones.Distinct(StringComparer.Ordinal).Count();
        return zones >= MinimumZones
            ? Pass($"Lambda function {function.Name} uses subnets in {zones} Availability Zones.")
            : Fail($"Lambda function {function.Name} uses subnets in only {zones} Availability Zone(s), fewer than {MinimumZones}.");
    }
}
