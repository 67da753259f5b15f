using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamRootMfaEnabled : AccountCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-root-mfa-enabled",
        Title = "The root user has MFA enabled",
        Severity = Severity.Critical,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "The root user has unrestricted access to the account; with only a password, one phished or reused password gives an attacker everything.",
        Remediation = new()
        {
            Text = "Sign in as the root user and assign an MFA device (preferably a hardware key) under Security credentials.",
            Cli = "aws iam create-virtual-mfa-device --virtual-mfa-device-name root-mfa --outfile qr.png --bootstrap-method QRCodePNG  # then enable it while signed in as root",
            Terraform = "# Root MFA cannot be managed with Terraform; enable it in the console while signed in as the root user.",
            CloudFormation = "# Root MFA cannot be managed with CloudFormation; enable it in the console while signed in as the root user.",
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["RootMfaEnabled"];

    public override CheckOutcome Evaluate(Account account, CheckContext context) => account.RootMfaEnabled switch
    {
        true => Pass($"The root user of account {account.AccountId} has MFA enabled."),
        false => Fail($"The root user of account {account.AccountId} has no MFA device."),
        null => CheckOutcome.Error($"Whether the root user of account {account.AccountId} has MFA was not collected."),
    };
}
