using Vigil.Core.Checks;
using Vigil.Core.Model.Kms;

namespace Vigil.Checks.Checks.Kms;

internal sealed class KmsKeyRotationEnabled : Check<KmsKey>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "kms-key-rotation-enabled",
        Title = "Customer managed symmetric KMS keys have automatic key rotation enabled",
        Severity = Severity.Medium,
        Service = "kms",
        Domain = Domain.DataProtection,
        Risk = "Without rotation the same key material protects data for years, so a leaked or cryptanalysed key exposes everything ever encrypted under it and the exposure window never closes.",
        Remediation = new()
        {
            Text = "Enable automatic rotation of the key material (yearly by default, or a custom period of 90 to 2560 days). Keys with imported material or in a custom key store must be rotated manually.",
            Cli = "aws kms enable-key-rotation --key-id KEY_ID --rotation-period-in-days 365",
            Terraform = """
                resource "aws_kms_key" "this" {
                  # ...
                  enable_key_rotation     = true
                  rotation_period_in_days = 365
                }
                """,
            CloudFormation = """
                Key:
                  Type: AWS::KMS::Key
                  Properties:
                    EnableKeyRotation: true
                    RotationPeriodInDays: 365
                """,
            Url = "https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-enable.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["KeyManager", "KeyState", "KeySpec", "KeyUsage", "Origin", "RotationEnabled"];

    public override CheckOutcome Evaluate(KmsKey key, CheckContext context)
    {
        // AWS managed keys rotate yearly on their own; asymmetric and HMAC keys, imported key material and
        // custom key stores cannot be rotated automatically; rotation cannot be changed on a key that is not
        // enabled (disabled, pending deletion or import), and such a key encrypts nothing new.
        if (!key.IsCustomerManaged || !key.IsSymmetricEncryptionKey || key.Origin != "AWS_KMS") return NotApplicable;
        if (key.KeyState != "Enabled") return NotApplicable;
        return key.RotationEnabled switch
        {
            true => Pass($"KMS key {KmsKeyNames.Describe(key)} rotates its key material automatically."),
            false => Fail($"KMS key {KmsKeyNames.Describe(key)} does not have automatic key rotation enabled."),
            null => CheckOutcome.Error($"The rotation status of KMS key {KmsKeyNames.Describe(key)} was not collected."),
        };
    }
}
