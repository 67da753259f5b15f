namespace Vigil.Checks.Checks.Kms;

/// <summary>What the managed-policy and inline-policy variants of the decrypt-on-all-keys check share.</summary>
internal static class DecryptAllKeysText
{
    public const string Risk = "A policy that lets its holders call kms:Decrypt or kms:ReEncryptFrom on every KMS key lets them read everything those keys protect (S3 objects, EBS snapshots, secrets, database backups) wherever they can reach the ciphertext; encryption then separates nothing, and one compromised identity exposes every dataset.";

    public const string Remediation = "Name the keys the holders need in the Resource element (key ARNs or aliases through kms:RequestAlias/kms:ResourceAliases), or restrict the grant to the services that need it with a kms:ViaService condition, and grant decryption in the key policies of the few keys each workload uses. The check asks Vigil's IAM engine whether the policy alone allows kms:Decrypt or kms:ReEncryptFrom on two arbitrary keys of the account in two regions (with the default key policy, which defers to IAM): a grant scoped to named keys, to one region or by a condition an ordinary request does not meet is not a grant on all keys (Security Hub ignores conditions; Vigil honours them).";

    public const string Terraform = """
        data "aws_iam_policy_document" "decrypt_app_data" {
          statement {
            actions   = ["kms:Decrypt"]
            resources = [aws_kms_key.app_data.arn]
            condition {
              test     = "StringEquals"
              variable = "kms:ViaService"
              values   = ["s3.eu-west-1.amazonaws.com"]
            }
          }
        }
        """;

    public const string CloudFormation = """
        DecryptAppData:
          Type: AWS::IAM::ManagedPolicy
          Properties:
            PolicyDocument:
              Version: "2012-10-17"
              Statement:
                - Effect: Allow
                  Action: kms:Decrypt
                  Resource: !GetAtt AppDataKey.Arn
                  Condition:
                    StringEquals:
                      kms:ViaService: !Sub s3.${AWS::Region}.amazonaws.com
        """;

    public const string Url = "https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html";
}
