using Vigil.Core.Checks;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamUserNoDirectPolicies : Check<IamUser>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-user-no-direct-policies",
        Title = "IAM users receive permissions only through groups",
        Severity = Severity.Low,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "Policies attached to individual users multiply one-off grants that nobody reviews, so permissions drift and outlive the job they were given for.",
        Remediation = new()
        {
            Text = "Put the user in a group that carries the permissions it needs, then detach the managed policies and delete the inline policies from the user.",
            Cli = "aws iam add-user-to-group --user-name USER_NAME --group-name GROUP_NAME && aws iam detach-user-policy --user-name USER_NAME --policy-arn POLICY_ARN && aws iam delete-user-policy --user-name USER_NAME --policy-name INLINE_POLICY_NAME",
            Terraform = """
                resource "aws_iam_group_policy_attachment" "this" {
                  group      = "GROUP_NAME"
                  policy_arn = "POLICY_ARN"
                }
                resource "aws_iam_user_group_membership" "this" {
                  user   = "USER_NAME"
                  groups = ["GROUP_NAME"]
                }
                # and remove the aws_iam_user_policy / aws_iam_user_policy_attachment resources
                """,
            CloudFormation = """
                Group:
                  Type: AWS::IAM::Group
                  Properties:
                    ManagedPolicyArns: [POLICY_ARN]
                Membership:
                  Type: AWS::IAM::UserToGroupAddition
                  Properties:
                    GroupName: !Ref Group
                    Users: [USER_NAME]
                """,
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["AttachedPolicies", "InlinePolicies"];

    public override CheckOutcome Evaluate(IamUser user, CheckContext context)
    {
        var direct = user.AttachedPolicies.Select(p => p.PolicyName)
            .Concat(user.InlinePolicies.Select(p => p.PolicyName + " (inline)"))
            .ToList();
        return direct.Count == 0
            ? Pass($"IAM user {user.Name} has no policies attached directly.")
            : Fail($"IAM user {user.Name} has policies attached directly: {string.Join(", ", direct)}.");
    }
}
