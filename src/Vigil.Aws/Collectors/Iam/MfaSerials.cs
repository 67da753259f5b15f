namespace Vigil.Aws.Collectors.Iam;

internal static class MfaSerials
{
    /// <summary>Virtual MFA devices have ARN serials (arn:aws:iam::ID:mfa/NAME); hardware TOTP tokens have plain
    /// serials (GAHT12345678) and FIDO security keys u2f ARNs (arn:aws:iam::ID:u2f/...).</summary>
    public static bool IsVirtual(string serialNumber) => serialNumber.Contains(":mfa/", StringComparison.Ordinal);
}
