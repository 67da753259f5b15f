using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Kms;

namespace Vigil.Checks.Checks.Kms;

internal sealed class KmsKeyPolicyNoForeignAccountAccess : ForeignAccountPolicyCheck<KmsKey>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "kms-key-policy-no-foreign-account-access",
        Title = "KMS key policies grant no access to accounts outside the scanned estate",
        Severity = Severity.Medium,
        Service = "kms",
        Domain = Domain.DataProtection,
        Risk = "A key policy that names another account lets that account's administrators delegate decryption of your data (or, with management actions, control of the key) to any of their principals; a forgotten partner or a compromised vendor account becomes a way to read everything encrypted under the key.",
        Remediation = new()
        {
            Text = "Remove the foreign accounts that no longer need the key from its policy, keep the remaining cross-account statements to the cryptographic actions the partner uses (kms:Decrypt, kms:DescribeKey), and prefer grants with constraints for short-lived access. Accounts in the scanned snapshot and in the trustedAccounts setting (docs/configuration.md) count as your own; a key that any account may use fails kms-key-policy-no-public-access instead. The check asks Vigil's IAM engine, for each foreign account the policy names, whether its root or the principals named in it may use or manage the key.",
            Cli = """
                aws kms get-key-policy --key-id KEY_ID --policy-name default --query Policy --output text > key-policy.json
                # remove or narrow the statements that name other accounts, then:
                aws kms put-key-policy --key-id KEY_ID --policy-name default --policy file://key-policy.json
                """,
            Terraform = """
                resource "aws_kms_key" "this" {
                  enable_key_rotation = true
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Sid       = "EnableRootPermissions"
                      Effect    = "Allow"
                      Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
                      Action    = "kms:*"
                      Resource  = "*"
                    }]
                  })
                }
                """,
            CloudFormation = """
                Key:
                  Type: AWS::KMS::Key
                  Properties:
                    EnableKeyRotation: true
                    KeyPolicy:
                      Version: "2012-10-17"
                      Statement:
                        - Sid: EnableRootPermissions
                          Effect: Allow
                          Principal:
                            AWS: !Sub "arn:aws:iam::${AWS::AccountId}:root"
                          Action: kms:*
                          Resource: "*"
                """,
            Url = "https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html",
        },
    };

    protected override ExposureProbeSet Probes => ExposureProbeSets.KmsKey;

    protected override string PolicyKind => "key policy";

    protected override string Reach => "use or manage the key";

    protected override string? PolicyOf(KmsKey key) => key.Policy;

    public override CheckOutcome Evaluate(KmsKey key, CheckContext context)
    {
        if (!key.IsCustomerManaged) return NotApplicable;
        if (key.Policy is not { } document) return CheckOutcome.Error($"The key policy of {key.Name} was not collected (every KMS key has one).");
        return EvaluatePolicy(key, document, context);
    }
}
