using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamInlinePolicyNoPassRoleAny : AccountCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-inline-policy-no-passrole-any",
        Title = "No inline policy of an IAM user, group or role allows iam:PassRole on every role",
        Severity = Severity.High,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = PassRoleAnyText.Risk,
        Remediation = new()
        {
            Text = PassRoleAnyText.Remediation,
            Cli = "aws iam put-role-policy --role-name ROLE_NAME --policy-name POLICY_NAME --policy-document file://scoped-passrole.json  # likewise put-user-policy / put-group-policy",
            Terraform = PassRoleAnyText.Terraform,
            CloudFormation = PassRoleAnyText.CloudFormation,
            Url = PassRoleAnyText.Url,
        },
    };

    public override IReadOnlyList<Type> DependsOn => [typeof(Account), typeof(IamUser), typeof(IamGroup), typeof(IamRole)];

    public override IReadOnlyList<string>? Reads => [];

    public override CheckOutcome Evaluate(Account account, CheckContext context)
    {
        var holders = new List<string>();
        var problems = new List<string>();
        InlinePolicyScan.Run(context, account.AccountId, (kind, identity, policy) =>
        {
            var (services, parseError) = PassRoleProbe.Verdict(context, account.AccountId, policy.Document, $"{identity.Arn} inline {policy.PolicyName}");
            if (services.Count > 0) holders.Add($"{kind} {identity.Name} (policy {policy.PolicyName}, to {string.Join(", ", services)})");
            else if (parseError is not null) problems.Add(parseError.TrimEnd('.'));
        }, problems);
        if (holders.Count > 0)
            return Fail($"Inline policies allow iam:PassRole on every role of account {account.AccountId}: {string.Join("; ", holders)}.");
        return problems.Count > 0
            ? CheckOutcome.Error($"Inline policies in account {account.AccountId} could not be assessed: {string.Join("; ", problems)}.")
            : Pass($"No inline policy of an IAM identity in account {account.AccountId} allows passing every role.");
    }
}
