using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.SecretsManager;

namespace Vigil.Checks.Checks.SecretsManager;

internal sealed class SecretsManagerSecretPolicyNoForeignAccountAccess : ForeignAccountPolicyCheck<Secret>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "secretsmanager-secret-policy-no-foreign-account-access",
        Title = "Secrets Manager resource policies grant no access to accounts outside the scanned estate",
        Severity = Severity.Medium,
        Service = "secretsmanager",
        Domain = Domain.Identity,
        Risk = "A secret's resource policy that names another account lets any principal that account delegates to read the credential (and, with write or management actions, replace it or its policy). The credential then works for whoever holds it in the other account, outside your logging and rotation ownership.",
        Remediation = new()
        {
            Text = "Remove the statements that name accounts which no longer need the secret, and keep the rest to secretsmanager:GetSecretValue for the partner's exact role (cross-account reads also need the secret's customer managed KMS key to allow kms:Decrypt through Secrets Manager). Accounts in the scanned snapshot and in the trustedAccounts setting (docs/configuration.md) count as your own; a secret that any account may read fails secretsmanager-secret-policy-no-public-access instead. The check asks Vigil's IAM engine, for each foreign account the policy names, whether its root or the principals named in it may read, describe, write, delete or re-permission the secret.",
            Cli = """
                aws secretsmanager get-resource-policy --secret-id SECRET_ID --query ResourcePolicy --output text > policy.json
                # remove or narrow the statements that name other accounts, then:
                aws secretsmanager put-resource-policy --secret-id SECRET_ID --resource-policy file://policy.json --block-public-policy
                # or, when no other account needs it:
                aws secretsmanager delete-resource-policy --secret-id SECRET_ID
                """,
            Terraform = """
                resource "aws_secretsmanager_secret_policy" "this" {
                  secret_arn          = aws_secretsmanager_secret.this.arn
                  block_public_policy = true
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Sid       = "PartnerReadOnly"
                      Effect    = "Allow"
                      Principal = { AWS = "arn:aws:iam::PARTNER_ACCOUNT_ID:role/PARTNER_READER_ROLE" }
                      Action    = "secretsmanager:GetSecretValue"
                      Resource  = "*"
                    }]
                  })
                }
                """,
            CloudFormation = """
                SecretPolicy:
                  Type: AWS::SecretsManager::ResourcePolicy
                  Properties:
                    SecretId: !Ref Secret
                    BlockPublicPolicy: true
                    ResourcePolicy:
                      Version: "2012-10-17"
                      Statement:
                        - Sid: PartnerReadOnly
                          Effect: Allow
                          Principal:
                            AWS: arn:aws:iam::PARTNER_ACCOUNT_ID:role/PARTNER_READER_ROLE
                          Action: secretsmanager:GetSecretValue
                          Resource: "*"
                """,
            Url = "https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples_cross.html",
        },
    };

    protected override ExposureProbeSet Probes => ExposureProbeSets.Secret;

    protected override string PolicyKind => "resource policy";

    protected override string Reach => "read, change or manage the secret";

    protected override string? PolicyOf(Secret secret) => secret.Policy;

    public override CheckOutcome Evaluate(Secret secret, CheckContext context) =>
        secret.DeletedDate is not null ? NotApplicable : base.Evaluate(secret, context);
}
