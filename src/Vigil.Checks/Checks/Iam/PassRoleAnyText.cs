namespace Vigil.Checks.Checks.Iam;

/// <summary>The metadata text the managed and inline iam:PassRole checks share.</summary>
internal static class PassRoleAnyText
{
    public const string Risk = "iam:PassRole on every role lets the holder hand any role of the account, administrator roles included, to a service it controls (an EC2 instance, a Lambda function, a CloudFormation stack, a Glue or SageMaker job) and run its own code with that role's permissions: a privilege escalation that needs no IAM write permission.";

    public const string Remediation = "Restrict iam:PassRole to the ARNs (or path) of the roles the holder must pass and to the service that receives them (condition iam:PassedToService). The check asks Vigil's IAM engine whether the policy alone allows iam:PassRole on an arbitrary role of the account and on an arbitrary role under a path, when passed to EC2, Lambda, ECS tasks, CloudFormation, CodeBuild, Glue, SageMaker or Data Pipeline; a grant limited by role tags or other conditions the request does not meet does not count.";

    public const string Terraform = """
        data "aws_iam_policy_document" "pass_lambda_roles" {
          statement {
            actions   = ["iam:PassRole"]
            resources = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/app/lambda-*"]
            condition {
              test     = "StringEquals"
              variable = "iam:PassedToService"
              values   = ["lambda.amazonaws.com"]
            }
          }
        }
        """;

    public const string CloudFormation = """
        PassLambdaRoles:
          Type: AWS::IAM::ManagedPolicy
          Properties:
            PolicyDocument:
              Version: "2012-10-17"
              Statement:
                - Effect: Allow
                  Action: iam:PassRole
                  Resource: !Sub "arn:aws:iam::${AWS::AccountId}:role/app/lambda-*"
                  Condition:
                    StringEquals: { "iam:PassedToService": lambda.amazonaws.com }
        """;

    public const string Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html";
}
