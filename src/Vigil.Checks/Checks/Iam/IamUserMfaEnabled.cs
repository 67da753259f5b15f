using Vigil.Core.Checks;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamUserMfaEnabled : Check<IamUser>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-user-mfa-enabled",
        Title = "Every IAM user has MFA enabled",
        Severity = Severity.Medium,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "A user without an MFA device cannot satisfy MFA conditions, so policies that require aws:MultiFactorAuthPresent are bypassed by its access keys or simply not used, and a console password set later would be protected by nothing else; each such user is a single-factor credential.",
        Remediation = new()
        {
            Text = "Register an MFA device (a FIDO security key or an authenticator app) for every IAM user, including programmatic ones, and require MFA in their policies for sensitive actions; better, replace IAM users with IAM Identity Center users and roles. The check reads the credential report's mfa_active column.",
            Cli = "aws iam create-virtual-mfa-device --virtual-mfa-device-name USER_NAME --outfile USER_NAME.png --bootstrap-method QRCodePNG && aws iam enable-mfa-device --user-name USER_NAME --serial-number arn:aws:iam::ACCOUNT_ID:mfa/USER_NAME --authentication-code1 CODE1 --authentication-code2 CODE2",
            Terraform = """
                resource "aws_iam_virtual_mfa_device" "user" {
                  virtual_mfa_device_name = "USER_NAME"
                }
                # the device is then enabled for the user with two consecutive codes (aws iam enable-mfa-device)
                """,
            CloudFormation = """
                # CloudFormation cannot enable a virtual MFA device; require it instead, for every user, with a policy such as:
                RequireMfa:
                  Type: AWS::IAM::ManagedPolicy
                  Properties:
                    Groups: [!Ref AllUsers]
                    PolicyDocument:
                      Version: "2012-10-17"
                      Statement:
                        - Effect: Deny
                          NotAction: ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:ListMFADevices", "sts:GetSessionToken"]
                          Resource: "*"
                          Condition:
                            BoolIfExists:
                              aws:MultiFactorAuthPresent: "false"
                """,
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => CredentialReportLookup.DependsOn;

    public override IReadOnlyList<string>? Reads => [];

    public override CheckOutcome Evaluate(IamUser user, CheckContext context)
    {
        if (!CredentialReportLookup.TryFind(user, context, out var row, out var error)) return error;
        return row.MfaActive
            ? Pass($"IAM user {user.Name} has MFA enabled.")
            : Fail($"IAM user {user.Name} has no MFA device.");
    }
}
