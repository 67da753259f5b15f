using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.SecretsManager;

namespace Vigil.Checks.Checks.SecretsManager;

internal sealed class SecretsManagerSecretPolicyNoPublicAccess : Check<Secret>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "secretsmanager-secret-policy-no-public-access",
        Title = "Secrets Manager resource policies do not let any AWS account read or change the secret",
        Severity = Severity.Critical,
        Service = "secretsmanager",
        Domain = Domain.Identity,
        Risk = "A secret's resource policy that allows Principal \"*\" without a limiting condition lets a principal of any AWS account read the credential (when the secret's KMS key allows it, and always for a key whose policy is as open), overwrite it, or delete it.",
        Remediation = new()
        {
            Text = "Name the roles or accounts that read the secret in its resource policy instead of \"*\", or delete the resource policy and grant access through identity policies in the owning account; validate changes with --block-public-policy. The check asks Vigil's IAM engine whether a role session of an unknown account, whose own identity policy allows everything, may read, describe, write or manage the secret. Secrets scheduled for deletion are not assessed: nobody can read them.",
            Cli = """
                aws secretsmanager get-resource-policy --secret-id SECRET --query ResourcePolicy --output text > secret-policy.json
                # replace Principal "*" in secret-policy.json, then:
                aws secretsmanager put-resource-policy --secret-id SECRET --resource-policy file://secret-policy.json --block-public-policy
                """,
            Terraform = """
                resource "aws_secretsmanager_secret_policy" "this" {
                  secret_arn          = aws_secretsmanager_secret.this.arn
                  block_public_policy = true
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Sid       = "ReaderRole"
                      Effect    = "Allow"
                      Principal = { AWS = aws_iam_role.reader.arn }
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
                        - Sid: ReaderRole
                          Effect: Allow
                          Principal:
                            AWS: !GetAtt ReaderRole.Arn
                          Action: secretsmanager:GetSecretValue
                          Resource: "*"
                """,
            Url = "https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Policy"];

    public override CheckOutcome Evaluate(Secret secret, CheckContext context) =>
        secret.DeletedDate is not null
            ? NotApplicable
            : PublicResourcePolicy.Evaluate(secret, secret.Policy, context, ExposureProbeSets.Secret, "resource policy");
}
