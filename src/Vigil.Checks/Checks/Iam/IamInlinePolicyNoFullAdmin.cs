using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamInlinePolicyNoFullAdmin : AccountCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-inline-policy-no-full-admin",
        Title = "No inline policy of an IAM user, group or role grants full administrative access",
        Severity = Severity.High,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "An inline policy that allows every action on every resource (Action \"*\", or a NotAction allow to the same effect) makes its user, group members or role an administrator, hidden from the list of managed policies where reviews usually look.",
        Remediation = new()
        {
            Text = "Delete the inline policy and grant what the identity needs through a scoped customer managed policy; give the few real administrators AdministratorAccess through a role that requires MFA. The check asks Vigil's IAM engine whether each inline policy alone allows a set of probe actions across services on any resource; conditioned grants do not count as full access. The probes are IAM, EC2, S3, KMS and Organizations actions and an action that exists in no service, so the equivalents of \"*\" on \"*\" that count are \"*:*\", NotResource grants and NotAction grants that exclude only actions outside the probes (billing, say); a NotAction grant that excludes IAM, like AWS's PowerUserAccess, is not full administrative access (customer managed policies of that kind are reported by iam-policy-no-service-wildcard).",
            Cli = "aws iam delete-role-policy --role-name ROLE_NAME --policy-name POLICY_NAME  # likewise delete-user-policy / delete-group-policy",
            Terraform = "# Remove the aws_iam_role_policy / aws_iam_user_policy / aws_iam_group_policy resource that grants \"*\" (or the inline_policy block of aws_iam_role) and attach a scoped aws_iam_policy instead.",
            CloudFormation = "# Remove the wildcard entry from the Policies property of the AWS::IAM::User, Group or Role (or the AWS::IAM::Policy / RolePolicy resource) and reference a scoped AWS::IAM::ManagedPolicy instead.",
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html",
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
            var (fullAdmin, parseError) = FullAdminProbe.Verdict(context, account.AccountId, policy.Document, $"{identity.Arn} inline {policy.PolicyName}");
            if (fullAdmin) holders.Add($"{kind} {identity.Name} (policy {policy.PolicyName})");
            else if (parseError is not null) problems.Add(parseError.TrimEnd('.'));
        }, problems);
        if (holders.Count > 0)
            return Fail($"Inline policies grant full administrative access in account {account.AccountId}: {string.Join(", ", holders)}.");
        return problems.Count > 0
            ? CheckOutcome.Error($"Inline policies in account {account.AccountId} could not be assessed: {string.Join("; ", problems)}.")
            : Pass($"No inline policy of an IAM identity in account {account.AccountId} grants full administrative access.");
    }
}
