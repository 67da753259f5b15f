using Vigil.Core.Checks;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamUserConsoleMfaEnabled : Check<IamUser>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-user-console-mfa-enabled",
        Title = "IAM users with a console password have MFA enabled",
        Severity = Severity.High,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "A console user protected only by a password is taken over by anyone who phishes, guesses or reuses that password, with all of the user's permissions.",
        Remediation = new()
        {
            Text = "Have the user register an MFA device (a FIDO security key or an authenticator app) and enforce MFA with a policy that denies actions when aws:MultiFactorAuthPresent is false; or move humans to IAM Identity Center.",
            Cli = "aws iam create-virtual-mfa-device --virtual-mfa-device-name USER_NAME --outfile USER_NAME.png --bootstrap-method QRCodePNG && aws iam enable-mfa-device --user-name USER_NAME --serial-number arn:aws:iam::ACCOUNT_ID:mfa/USER_NAME --authentication-code1 CODE1 --authentication-code2 CODE2",
            Terraform = """
                resource "aws_iam_virtual_mfa_device" "user" {
                  virtual_mfa_device_name = "USER_NAME"
                }
                # then enable it for the user with the two codes from the device (aws_iam_user MFA activation needs the codes)
                """,
            CloudFormation = """
                UserMfa:
                  Type: AWS::IAM::VirtualMFADevice
                  Properties:
                    VirtualMfaDeviceName: USER_NAME
                    Users: [USER_NAME]
                # then activate it with two consecutive codes: aws iam enable-mfa-device
                """,
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => CredentialReportLookup.DependsOn;

    public override IReadOnlyList<string>? Reads => [];

    public override CheckOutcome Evaluate(IamUser user, CheckContext context)
    {
        if (!CredentialReportLookup.TryFind(user, context, out var row, out var error)) return error;
        if (!row.PasswordEnabled) return NotApplicable;
        return row.MfaActive
            ? Pass($"IAM user {user.Name} has a console password and MFA enabled.")
            : Fail($"IAM user {user.Name} has a console password but no MFA device.");
    }
}
