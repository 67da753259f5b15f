using Vigil.Core.Checks;
using Vigil.Core.Model.Kms;

namespace Vigil.Checks.Checks.Kms;

internal sealed class KmsKeyNotPendingDeletion : Check<KmsKey>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "kms-key-not-pending-deletion",
        Title = "Customer managed KMS keys are not scheduled for deletion",
        Severity = Severity.Critical,
        Service = "kms",
        Domain = Domain.DataProtection,
        Risk = "Once a KMS key is deleted, every ciphertext, volume, snapshot, database and object encrypted under it becomes permanently unrecoverable; a deletion scheduled by mistake or by an attacker destroys that data when the waiting period ends.",
        Remediation = new()
        {
            Text = "Confirm with the key's owner that the deletion is intended and nothing still depends on the key (CloudTrail shows its recent use); otherwise cancel the deletion and re-enable the key.",
            Cli = "aws kms cancel-key-deletion --key-id KEY_ID && aws kms enable-key --key-id KEY_ID",
            Terraform = """
                # Keep the key in the configuration (removing aws_kms_key schedules its deletion) and guard it:
                resource "aws_kms_key" "this" {
                  # ...
                  deletion_window_in_days = 30
                  lifecycle {
                    prevent_destroy = true
                  }
                }
                """,
            CloudFormation = """
                Key:
                  Type: AWS::KMS::Key
                  DeletionPolicy: Retain
                  UpdateReplacePolicy: Retain
                  Properties:
                    PendingWindowInDays: 30
                """,
            Url = "https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys-scheduling-key-deletion.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["KeyManager", "KeyState"];

    public override CheckOutcome Evaluate(KmsKey key, CheckContext context)
    {
        if (!key.IsCustomerManaged) return NotApplicable;
        if (key.KeyState is not ("PendingDeletion" or "PendingReplicaDeletion"))
            return Pass($"KMS key {KmsKeyNames.Describe(key)} is not scheduled for deletion (state {key.KeyState}).");
        return key.DeletionDate is { } date
            ? Fail($"KMS key {KmsKeyNames.Describe(key)} is scheduled for deletion on {date:yyyy-MM-dd}.")
            : Fail($"KMS key {KmsKeyNames.Describe(key)} is scheduled for deletion.");
    }
}
