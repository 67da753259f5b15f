using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamPasswordPolicyComplexity : AccountCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-password-policy-complexity",
        Title = "The IAM password policy requires uppercase and lowercase letters, numbers and symbols",
        Severity = Severity.Medium,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "Passwords drawn from a small character set are far easier to guess or brute-force, which weakens every IAM user's console sign-in.",
        Remediation = new()
        {
            Text = "Require at least one uppercase letter, one lowercase letter, one number and one symbol in the account password policy (the update replaces the whole policy).",
            Cli = "aws iam update-account-password-policy --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols --minimum-password-length 14 --password-reuse-prevention 24 --allow-users-to-change-password",
            Terraform = """
                resource "aws_iam_account_password_policy" "this" {
                  require_uppercase_characters   = true
                  require_lowercase_characters   = true
                  require_numbers                = true
                  require_symbols                = true
                  minimum_password_length        = 14
                  password_reuse_prevention      = 24
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
        if (account.PasswordPolicy is not { } policy)
            return CheckOutcome.Error($"The password policy of account {account.AccountId} was not collected.");
        if (policy.Absent)
            return Fail($"Account {account.AccountId} has no IAM password policy, so no character classes are required.");
        var missing = new List<string>();
        if (!policy.RequireUppercaseCharacters) missing.Add("uppercase letters");
        if (!policy.RequireLowercaseCharacters) missing.Add("lowercase letters");
        if (!policy.RequireNumbers) missing.Add("numbers");
        if (!policy.RequireSymbols) missing.Add("symbols");
        return missing.Count == 0
            ? Pass($"The password policy of account {account.AccountId} requires uppercase and lowercase letters, numbers and symbols.")
            : Fail($"The password policy of account {account.AccountId} does not require {string.Join(", ", missing)}.");
    }
}
