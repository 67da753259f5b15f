using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamRootHardwareMfaEnabled : AccountCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-root-hardware-mfa-enabled",
        Title = "The root user has a hardware MFA device",
        Severity = Severity.Critical,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "A virtual MFA device lives on a phone or laptop that can be lost, cloned or compromised together with the root password; a dedicated hardware key keeps the root user's second factor offline.",
        Remediation = new()
        {
            Text = "Sign in as the root user and register a hardware TOTP token or FIDO security key under Security credentials, then remove any virtual MFA device.",
            Cli = "# The root user's MFA devices can only be registered in the console while signed in as the root user (Security credentials > Assign MFA device).",
            Terraform = "# Root MFA devices cannot be managed with Terraform; register the hardware device in the console while signed in as the root user.",
            CloudFormation = "# Root MFA devices cannot be managed with CloudFormation; register the hardware device in the console while signed in as the root user.",
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["RootMfaEnabled", "RootHardwareMfaEnabled"];

    public override CheckOutcome Evaluate(Account account, CheckContext context) => (account.RootMfaEnabled, account.RootHardwareMfaEnabled) switch
    {
        (false, _) => Fail($"The root user of account {account.AccountId} has no MFA device at all."),
        (_, true) => Pass($"The root user of account {account.AccountId} has a hardware MFA device."),
        (true, false) => Fail($"The root user of account {account.AccountId} has only a virtual MFA device."),
        (null, false) => Fail($"The root user of account {account.AccountId} has no hardware MFA device."),
        _ => CheckOutcome.Error($"Whether the root user of account {account.AccountId} has a hardware MFA device was not collected."),
    };
}
