using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamRootAccessKeysAbsent : AccountCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-root-access-keys-absent",
        Title = "The root user has no access keys",
        Severity = Severity.Critical,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "A root access key gives unrestricted, MFA-free programmatic control of the whole account; once leaked from a script or laptop it cannot be scoped down, only deleted.",
        Remediation = new()
        {
            Text = "Sign in as the root user, open Security credentials, deactivate and then delete every access key; use IAM roles for programmatic access instead.",
            Cli = "aws iam delete-access-key --access-key-id ROOT_ACCESS_KEY_ID  # must be run with the root user's own credentials",
            Terraform = "# Root access keys cannot be managed with Terraform; delete them in the console while signed in as the root user.",
            CloudFormation = "# Root access keys cannot be managed with CloudFormation; delete them in the console while signed in as the root user.",
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["RootAccessKeysPresent"];

    public override CheckOutcome Evaluate(Account account, CheckContext context) => account.RootAccessKeysPresent switch
    {
        false => Pass($"The root user of account {account.AccountId} has no access keys."),
        true => Fail($"The root user of account {account.AccountId} has an access key."),
        null => CheckOutcome.Error($"Whether the root user of account {account.AccountId} has access keys was not collected (account summary AccountAccessKeysPresent)."),
    };
}
