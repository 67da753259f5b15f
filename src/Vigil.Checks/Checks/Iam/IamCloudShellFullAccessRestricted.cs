using Vigil.Core.Checks;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamCloudShellFullAccessRestricted : AccountCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-cloudshell-full-access-restricted",
        Title = "No IAM user, group or role has the AWSCloudShellFullAccess policy attached",
        Severity = Severity.Medium,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "AWSCloudShellFullAccess lets its holders upload and download files to CloudShell and reach the internet from it, an easy channel to move data out of the account.",
        Remediation = new()
        {
            Text = "Detach AWSCloudShellFullAccess from every user, group and role; grant a scoped CloudShell policy (without file transfer) to those who need the shell.",
            Cli = "aws iam detach-group-policy --group-name GROUP_NAME --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess  # likewise detach-user-policy / detach-role-policy",
            Terraform = "# Remove the aws_iam_*_policy_attachment resources whose policy_arn is arn:aws:iam::aws:policy/AWSCloudShellFullAccess and apply.",
            CloudFormation = "# Remove arn:aws:iam::aws:policy/AWSCloudShellFullAccess from the ManagedPolicyArns of the AWS::IAM::User, Group and Role resources and update the stacks.",
            Url = "https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => [typeof(Account), typeof(IamUser), typeof(IamGroup), typeof(IamRole)];

    public override IReadOnlyList<string>? Reads => [];

    public override CheckOutcome Evaluate(Account account, CheckContext context)
    {
        var holders = new List<string>();
        var unreadable = 0;
        Inspect(context.Index.InAccount<IamUser>(account.AccountId), "user", u => u.AttachedPolicies, holders, ref unreadable);
        Inspect(context.Index.InAccount<IamGroup>(account.AccountId), "group", g => g.AttachedPolicies, holders, ref unreadable);
        Inspect(context.Index.InAccount<IamRole>(account.AccountId), "role", r => r.AttachedPolicies, holders, ref unreadable);
        if (holders.Count > 0)
            return Fail($"AWSCloudShellFullAccess is attached in account {account.AccountId} to {string.Join(", ", holders)}.");
        return unreadable > 0
            ? CheckOutcome.Error($"The attached policies of {unreadable} IAM identities in account {account.AccountId} could not be read.")
            : Pass($"No IAM identity in account {account.AccountId} has AWSCloudShellFullAccess attached.");
    }

    private static void Inspect<T>(IEnumerable<T> identities, string kind, Func<T, IReadOnlyList<AttachedPolicy>> attached, List<string> holders, ref int unreadable)
        where T : Resource
    {
        foreach (var identity in identities)
        {
            if (attached(identity).Any(p => AwsManagedPolicies.IsAwsManaged(p, AwsManagedPolicies.CloudShellFullAccess)))
                holders.Add($"{kind} {identity.Name}");
            else if (identity.Unreadable.Contains("AttachedPolicies", StringComparer.OrdinalIgnoreCase))
                unreadable++;
        }
    }
}
