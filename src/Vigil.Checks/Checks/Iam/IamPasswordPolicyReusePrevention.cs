using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamPasswordPolicyReusePrevention : AccountCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-password-policy-reuse-prevention",
        Title = "The IAM password policy prevents reuse of the last 24 passwords",
        Severity = Severity.Low,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "Without reuse prevention users cycle back to an old password, so a password that was leaked or cracked earlier becomes valid again.",
        Remediation = new()
        {
            Text = "Set the account password policy to remember the last 24 passwords (the update replaces the whole policy, so pass every setting you want to keep).",
            Cli = "aws iam update-account-password-policy --password-reuse-prevention 24 --minimum-password-length 14 --require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters --allow-users-to-change-password",
            Terraform = """
                resource "aws_iam_account_password_policy" "this" {
                  password_reuse_prevention      = 24
                  minimum_password_length        = 14
                  require_symbols                = true
                  require_numbers                = true
                  require_uppercase_characters   = true
                  require_lowercase_characters   = true
                  allow_users_to_change_password = true
                }
                """,
            CloudFormation = "# CloudFormation has no resource for the account password policy; use the CLI, Terraform or a custom resource.",
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["PasswordPolicy"];

    public override CheckOutcome Evaluate(Account account, CheckContext context)
    {
        var expected = context.Settings.PasswordReusePrevention;
        return account.PasswordPolicy switch
        {
            null => CheckOutcome.Error($"The password policy of account {account.AccountId} was not collected."),
            { Absent: true } => Fail($"Account {account.AccountId} has no IAM password policy, so passwords may be reused."),
            { PasswordReusePrevention: null or 0 } => Fail($"The password policy of account {account.AccountId} does not prevent password reuse."),
            { PasswordReusePrevention: var n } when n < expected =>
                Fail($"The password policy of account {account.AccountId} remembers only {n} previous passwords (at least {expected} expected)."),
            { PasswordReusePrevention: var n } => Pass($"The password policy of account {account.AccountId} prevents reuse of the last {n} passwords."),
        };
    }
}
