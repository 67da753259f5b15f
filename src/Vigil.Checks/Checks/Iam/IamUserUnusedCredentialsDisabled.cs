using Vigil.Core.Checks;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamUserUnusedCredentialsDisabled : Check<IamUser>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-user-unused-credentials-disabled",
        Title = "IAM user credentials unused for 45 days or more are disabled",
        Severity = Severity.Medium,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "Passwords and access keys nobody uses any more are forgotten by their owners but still work for whoever finds them, and their misuse stands out to no one.",
        Remediation = new()
        {
            Text = "Remove the console password of users who no longer sign in and deactivate access keys that have not been used for 45 days; delete them once confirmed unused.",
            Cli = "aws iam delete-login-profile --user-name USER_NAME; aws iam update-access-key --user-name USER_NAME --access-key-id ACCESS_KEY_ID --status Inactive",
            Terraform = """
                resource "aws_iam_access_key" "this" {
                  user   = "USER_NAME"
                  status = "Inactive"
                }
                # and remove the aws_iam_user_login_profile of users who no longer sign in
                """,
            CloudFormation = """
                AccessKey:
                  Type: AWS::IAM::AccessKey
                  Properties:
                    UserName: USER_NAME
                    Status: Inactive
                """,
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => CredentialReportLookup.DependsOn;

    public override IReadOnlyList<string>? Reads => [];

    public override CheckOutcome Evaluate(IamUser user, CheckContext context)
    {
        if (!CredentialReportLookup.TryFind(user, context, out var row, out var error)) return error;
        var days = context.Settings.CredentialUnusedDays;
        var stale = UnusedCredentials.Find(row, context, days, out var unknown);
        if (stale is null)
            return CheckOutcome.Error($"The credential report has no creation or last-use date for {unknown} of IAM user {user.Name}.");
        return stale.Count == 0
            ? Pass($"IAM user {user.Name} has no enabled credential unused for {days} days or more.")
            : Fail($"IAM user {user.Name} has enabled credentials unused for {days} days or more: {string.Join(", ", stale)}.");
    }
}
