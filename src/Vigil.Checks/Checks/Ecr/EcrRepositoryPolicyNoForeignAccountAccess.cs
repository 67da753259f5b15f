using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Ecr;

namespace Vigil.Checks.Checks.Ecr;

internal sealed class EcrRepositoryPolicyNoForeignAccountAccess : ForeignAccountPolicyCheck<EcrRepository>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ecr-repository-policy-no-foreign-account-access",
        Title = "ECR repository policies grant no access to accounts outside the scanned estate",
        Severity = Severity.Medium,
        Service = "ecr",
        Domain = Domain.VulnerabilityPatching,
        Risk = "A repository policy that names another account lets any principal that account delegates to pull your images (with the code, configuration and any secrets baked into them), or, with write or management actions, push images your deployments will run or change who may use the repository.",
        Remediation = new()
        {
            Text = "Remove the statements that name accounts which no longer pull from the repository, and keep the rest to the pull actions (ecr:BatchGetImage, ecr:GetDownloadUrlForLayer, ecr:BatchCheckLayerAvailability) for the partner's exact role; never grant push or policy actions to another account. Accounts in the scanned snapshot and in the trustedAccounts setting (docs/configuration.md) count as your own; a repository that any account may use fails ecr-repository-policy-no-public-access instead. The check asks Vigil's IAM engine, for each foreign account the policy names, whether its root or the principals named in it may pull, list, push, delete or manage images.",
            Cli = """
                aws ecr get-repository-policy --repository-name REPOSITORY --query policyText --output text > policy.json
                # remove or narrow the statements that name other accounts, then:
                aws ecr set-repository-policy --repository-name REPOSITORY --policy-text file://policy.json
                """,
            Terraform = """
                resource "aws_ecr_repository_policy" "this" {
                  repository = aws_ecr_repository.this.name
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Sid       = "PartnerPullOnly"
                      Effect    = "Allow"
                      Principal = { AWS = "arn:aws:iam::PARTNER_ACCOUNT_ID:role/PARTNER_PULL_ROLE" }
                      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"]
                    }]
                  })
                }
                """,
            CloudFormation = """
                Repository:
                  Type: AWS::ECR::Repository
                  Properties:
                    RepositoryName: REPOSITORY
                    RepositoryPolicyText:
                      Version: "2012-10-17"
                      Statement:
                        - Sid: PartnerPullOnly
                          Effect: Allow
                          Principal:
                            AWS: arn:aws:iam::PARTNER_ACCOUNT_ID:role/PARTNER_PULL_ROLE
                          Action: ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"]
                """,
            Url = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html",
        },
    };

    protected override ExposureProbeSet Probes => ExposureProbeSets.EcrRepository;

    protected override string PolicyKind => "repository policy";

    protected override string Reach => "pull, push or manage images";

    protected override string? PolicyOf(EcrRepository repository) => repository.Policy;
}
