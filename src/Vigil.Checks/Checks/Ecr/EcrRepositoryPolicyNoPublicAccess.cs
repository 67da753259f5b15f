using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Ecr;

namespace Vigil.Checks.Checks.Ecr;

internal sealed class EcrRepositoryPolicyNoPublicAccess : Check<EcrRepository>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ecr-repository-policy-no-public-access",
        Title = "ECR repository policies do not let any AWS account pull, push or manage images",
        Severity = Severity.High,
        Service = "ecr",
        Domain = Domain.VulnerabilityPatching,
        Risk = "A repository policy that allows Principal \"*\" without a limiting condition lets a principal of any AWS account pull your images (with the code, dependencies and secrets baked into them) or, with push rights, replace an image your workloads deploy by a backdoored one.",
        Remediation = new()
        {
            Text = "Name the accounts that pull the images in the repository policy instead of \"*\", or limit the statement with aws:PrincipalOrgID, and never grant push or policy actions to outsiders; publish images meant for everyone in ECR Public instead. The check asks Vigil's IAM engine whether a role session of an unknown account, whose own identity policy allows everything, may pull, list, push or manage images.",
            Cli = """
                aws ecr get-repository-policy --repository-name REPOSITORY --query policyText --output text > repository-policy.json
                # replace Principal "*" or add an aws:PrincipalOrgID condition, then:
                aws ecr set-repository-policy --repository-name REPOSITORY --policy-text file://repository-policy.json
                """,
            Terraform = """
                resource "aws_ecr_repository_policy" "this" {
                  repository = aws_ecr_repository.this.name
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Sid       = "OrganizationPull"
                      Effect    = "Allow"
                      Principal = "*"
                      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
                      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-exampleorgid" } }
                    }]
                  })
                }
                """,
            CloudFormation = """
                Repository:
                  Type: AWS::ECR::Repository
                  Properties:
                    RepositoryPolicyText:
                      Version: "2012-10-17"
                      Statement:
                        - Sid: OrganizationPull
                          Effect: Allow
                          Principal: "*"
                          Action: ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
                          Condition:
                            StringEquals:
                              aws:PrincipalOrgID: o-exampleorgid
                """,
            Url = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Policy"];

    public override CheckOutcome Evaluate(EcrRepository repository, CheckContext context) =>
        PublicResourcePolicy.Evaluate(repository, repository.Policy, context, ExposureProbeSets.EcrRepository, "repository policy");
}
