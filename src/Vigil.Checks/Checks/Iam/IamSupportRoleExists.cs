using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamSupportRoleExists : AccountCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-support-role-exists",
        Title = "An IAM role exists to manage incidents with AWS Support",
        Severity = Severity.Low,
        Service = "iam",
        Domain = Domain.Governance,
        Risk = "Without a dedicated support role, opening and following AWS Support cases during an incident needs root or administrator credentials, or is delayed while access is arranged.",
        Remediation = new()
        {
            Text = "Create a role that the incident responders may assume and attach the AWS managed policy AWSSupportAccess to it. A role counts when AWSSupportAccess is attached, or when Vigil's IAM engine finds that its own policies (inline, and attached managed policies whose documents were collected, under its permissions boundary) allow support:CreateCase, DescribeCases, AddCommunicationToCase and ResolveCase without any of them granting full administrative access: an administrator role is not a support role.",
            Cli = "aws iam create-role --role-name aws-support --assume-role-policy-document file://trust.json && aws iam attach-role-policy --role-name aws-support --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess",
            Terraform = """
                resource "aws_iam_role" "support" {
                  name               = "aws-support"
                  assume_role_policy = data.aws_iam_policy_document.support_trust.json
                }
                resource "aws_iam_role_policy_attachment" "support" {
                  role       = aws_iam_role.support.name
                  policy_arn = "arn:aws:iam::aws:policy/AWSSupportAccess"
                }
                """,
            CloudFormation = """
                SupportRole:
                  Type: AWS::IAM::Role
                  Properties:
                    RoleName: aws-support
                    AssumeRolePolicyDocument:
                      Version: "2012-10-17"
                      Statement:
                        - Effect: Allow
                          Principal: { AWS: !Sub "arn:aws:iam::${AWS::AccountId}:root" }
                          Action: sts:AssumeRole
                    ManagedPolicyArns: [arn:aws:iam::aws:policy/AWSSupportAccess]
                """,
            Url = "https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => [typeof(Account), typeof(IamRole)];

    public override IReadOnlyList<string>? Reads => [];

    public override CheckOutcome Evaluate(Account account, CheckContext context)
    {
        var roles = context.Index.InAccount<IamRole>(account.AccountId);
        foreach (var role in roles)
        {
            if (role.AttachedPolicies.Any(p => AwsManagedPolicies.IsAwsManaged(p, AwsManagedPolicies.SupportAccess)))
                return Pass($"Role {role.Name} in account {account.AccountId} has the AWSSupportAccess policy attached.");
        }

        var unreadable = 0;
        foreach (var role in roles)
        {
            if (SupportAccessProbe.ManagesCases(context, role))
                return Pass($"Role {role.Name} in account {account.AccountId} may open and manage AWS Support cases without being an administrator.");
            if (role.Unreadable.Contains(nameof(IamRole.AttachedPolicies), StringComparer.OrdinalIgnoreCase)) unreadable++;
        }

        return unreadable > 0
            ? CheckOutcome.Error($"No role in account {account.AccountId} is known to have AWSSupportAccess attached, but the attached policies of {unreadable} roles could not be read.")
            : Fail($"No IAM role in account {account.AccountId} has the AWSSupportAccess policy attached or otherwise may manage AWS Support cases without being an administrator.");
    }
}
