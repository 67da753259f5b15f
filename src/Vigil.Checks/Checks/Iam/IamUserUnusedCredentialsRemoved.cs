using Vigil.Core.Checks;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamUserUnusedCredentialsRemoved : Check<IamUser>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-user-unused-credentials-removed",
        Title = "IAM user credentials unused for 90 days or more are removed",
        Severity = Severity.Medium,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "A password or access key left enabled for months after its last use is an abandoned credential: still valid for an attacker who finds it, unwatched by its owner.",
        Remediation = new()
        {
            Text = "Delete the console password and the access keys that have not been used for 90 days, after confirming with the owner that nothing depends on them.",
            Cli = "aws iam delete-login-profile --user-name USER_NAME; aws iam delete-access-key --user-name USER_NAME --access-key-id ACCESS_KEY_ID",
            Terraform = "# Remove the aws_iam_access_key and aws_iam_user_login_profile resources of the unused credentials and apply.",
            CloudFormation = "# Remove the AWS::IAM::AccessKey resource and the LoginProfile property of the AWS::IAM::User, then update the stack.",
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => CredentialReportLookup.DependsOn;

    public override IReadOnlyList<string>? Reads => [];

    public override CheckOutcome Evaluate(IamUser user, CheckContext context)
    {
        if (!CredentialReportLookup.TryFind(user, context, out var row, out var error)) return error;
        var days = context.Settings.CredentialRemovalDays;
        var stale = UnusedCredentials.Find(row, context, days, out var unknown);
        if (stale is null)
            return CheckOutcome.Error($"The credential report has no creation or last-use date for {unknown} of IAM user {user.Name}.");
        return stale.Count == 0
            ? Pass($"IAM user {user.Name} has no enabled credential unused for {days} days or more.")
            : Fail($"IAM user {user.Name} still has credentials unused for {days} days or more: {string.Join(", ", stale)}.");
    }
}
