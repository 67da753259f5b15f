using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Kms;

namespace Vigil.Checks.Checks.Kms;

internal sealed class KmsKeyPolicyNoPublicAccess : Check<KmsKey>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "kms-key-policy-no-public-access",
        Title = "KMS key policies do not let any AWS account use or manage the key",
        Severity = Severity.Critical,
        Service = "kms",
        Domain = Domain.DataProtection,
        Risk = "A key policy that allows Principal \"*\" without a limiting condition lets a principal of any AWS account decrypt everything encrypted under the key, encrypt with it, or (with kms:PutKeyPolicy, kms:CreateGrant or kms:ScheduleKeyDeletion) take it over or destroy it, making the data unreadable.",
        Remediation = new()
        {
            Text = "Replace Principal \"*\" in the key policy's Allow statements with the account root (arn:aws:iam::ACCOUNT_ID:root) or the specific roles that need the key, or add a condition an outsider cannot meet (kms:CallerAccount, aws:PrincipalOrgID, kms:ViaService). The check asks Vigil's IAM engine whether a role session of an unknown account, whose own identity policy allows everything, may use or manage the key. AWS managed keys are not assessed: AWS writes their policies.",
            Cli = """
                aws kms get-key-policy --key-id KEY_ID --policy-name default --query Policy --output text > key-policy.json
                # replace Principal "*" in key-policy.json with your account or roles, then:
                aws kms put-key-policy --key-id KEY_ID --policy-name default --policy file://key-policy.json
                """,
            Terraform = """
                resource "aws_kms_key" "this" {
                  description         = "Data key"
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
            Url = "https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Policy"];

    public override CheckOutcome Evaluate(KmsKey key, CheckContext context)
    {
        if (!key.IsCustomerManaged) return NotApplicable;
        if (key.Policy is null) return CheckOutcome.Error($"The key policy of {key.Name} was not collected (every KMS key has one).");
        return PublicResourcePolicy.Evaluate(key, key.Policy, context, ExposureProbeSets.KmsKey, "key policy");
    }
}
