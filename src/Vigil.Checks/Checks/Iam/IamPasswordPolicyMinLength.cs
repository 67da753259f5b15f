using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamPasswordPolicyMinLength : AccountCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-password-policy-min-length",
        Title = "The IAM password policy requires passwords of at least 14 characters",
        Severity = Severity.Medium,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "Short IAM user passwords fall quickly to guessing and credential-stuffing attacks against the console sign-in page.",
        Remediation = new()
        {
            Text = "Set the account password policy's minimum length to 14 or more (the update replaces the whole policy, so pass every setting you want to keep).",
            Cli = "aws iam update-account-password-policy --minimum-password-length 14 --require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters --allow-users-to-change-password --password-reuse-prevention 24",
            Terraform = """
                resource "aws_iam_account_password_policy" "this" {
                  minimum_password_length        = 14
                  require_symbols                = true
                  require_numbers                = true
                  require_uppercase_characters   = true
                  require_lowercase_characters   = true
                  allow_users_to_change_password = true
                  password_reuse_prevention      = 24
                }
                """,
            CloudFormation = "# CloudFormation has no resource for the account password policy; use the CLI, Terraform or a custom resource.",
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["PasswordPolicy"];

    public override CheckOutcome Evaluate(Account account, CheckContext context)
    {
        var minimum = context.Settings.PasswordMinLength;
        return account.PasswordPolicy switch
        {
            null => CheckOutcome.Error($"The password policy of account {account.AccountId} was not collected."),
            { Absent: true } => Fail($"Account {account.AccountId} has no IAM password policy, so passwords of {minimum} characters are not required."),
            { MinimumPasswordLength: var length } when length < minimum =>
                Fail($"The password policy of account {account.AccountId} requires only {length} characters (at least {minimum} expected)."),
            { MinimumPasswordLength: var length } => Pass($"The password policy of account {account.AccountId} requires {length} characters."),
        };
    }
}
