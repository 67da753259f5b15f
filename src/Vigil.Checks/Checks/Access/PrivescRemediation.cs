using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.Access;

/// <summary>The remediation shared by the two privilege-escalation checks.</summary>
internal static class PrivescRemediation
{
    public static Remediation For(string kind) => new()
    {
        Text = $"Break the path the finding lists at its weakest step: scope the permission of that step to the resources the {kind} really needs (no iam:PassRole, iam:Put*Policy, iam:Attach*Policy, iam:CreatePolicyVersion or iam:CreateAccessKey on \"*\"), require iam:PassedToService and a role path for iam:PassRole, narrow the trust policy of an assumable role, or attach a permissions boundary that leaves out IAM writes. An SCP that denies the IAM write actions to everyone but a break-glass role stops most paths for the whole account. Run `vigil access privesc` to see every step with the statements that allow it.",
        Cli = """
            aws iam put-role-permissions-boundary --role-name ROLE_NAME --permissions-boundary arn:aws:iam::ACCOUNT_ID:policy/NoIamWrites
            aws iam put-user-permissions-boundary --user-name USER_NAME --permissions-boundary arn:aws:iam::ACCOUNT_ID:policy/NoIamWrites
            """,
        Terraform = """
            resource "aws_iam_policy" "no_iam_writes" {
              name = "NoIamWrites"
              policy = jsonencode({
                Version = "2012-10-17"
                Statement = [
                  { Effect = "Allow", Action = "*", Resource = "*" },
                  { Effect = "Deny", Action = ["iam:Put*", "iam:Attach*", "iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion",
                      "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile", "iam:UpdateAssumeRolePolicy",
                      "iam:AddUserToGroup", "iam:Delete*PermissionsBoundary", "iam:PassRole"], Resource = "*" }
                ]
              })
            }
            """,
        CloudFormation = """
            NoIamWrites:
              Type: AWS::IAM::ManagedPolicy
              Properties:
                ManagedPolicyName: NoIamWrites
                PolicyDocument:
                  Version: "2012-10-17"
                  Statement:
                    - Effect: Allow
                      Action: "*"
                      Resource: "*"
                    - Effect: Deny
                      Action: ["iam:Put*", "iam:Attach*", "iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion", "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile", "iam:UpdateAssumeRolePolicy", "iam:AddUserToGroup", "iam:PassRole"]
                      Resource: "*"
            """,
        Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html",
    };
}
