using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamPasswordPolicyMaxAge : AccountCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-password-policy-max-age",
        Title = "The IAM password policy expires passwords within 90 days",
        Severity = Severity.Low,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "Without expiry a leaked or cracked console password stays valid indefinitely; PCI DSS requires passwords of single-factor access to change at least every 90 days. (NIST SP 800-63B and CIS have since dropped periodic expiry where MFA is enforced, so weigh this check against your MFA coverage.)",
        Remediation = new()
        {
            Text = "Set the account password policy's maximum password age to 90 days or less (configurable as passwordMaxAgeDays; the update replaces the whole policy, so pass every setting you want to keep), and let users change their own passwords so expiry does not lock them out.",
            Cli = "aws iam update-account-password-policy --max-password-age 90 --minimum-password-length 14 --password-reuse-prevention 24 --require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters --allow-users-to-change-password",
            Terraform = """
                resource "aws_iam_account_password_policy" "this" {
                  max_password_age               = 90
                  minimum_password_length        = 14
                  password_reuse_prevention      = 24
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
        var limit = context.Settings.PasswordMaxAgeDays;
        return account.PasswordPolicy switch
        {
            null => CheckOutcome.Error($"The password policy of account {account.AccountId} was not collected."),
            { Absent: true } => Fail($"Account {account.AccountId} has no IAM password policy, so passwords never expire."),
            { MaxPasswordAge: null or 0 } => Fail($"The password policy of account {account.AccountId} never expires passwords."),
            { MaxPasswordAge: var days } when days > limit =>
                Fail($"The password policy of account {account.AccountId} expires passwords after {days} days (at most {limit} expected)."),
            { MaxPasswordAge: var days } => Pass($"The password policy of account {account.AccountId} expires passwords after {days} days."),
        };
    }
}
