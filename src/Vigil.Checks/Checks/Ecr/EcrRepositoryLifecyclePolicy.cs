using Vigil.Core.Checks;
using Vigil.Core.Model.Ecr;

namespace Vigil.Checks.Checks.Ecr;

internal sealed class EcrRepositoryLifecyclePolicy : Check<EcrRepository>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ecr-repository-lifecycle-policy",
        Title = "ECR repositories have a lifecycle policy",
        Severity = Severity.Medium,
        Service = "ecr",
        Domain = Domain.Governance,
        Risk = "Without a lifecycle policy, old and untagged images accumulate indefinitely: storage cost grows and stale, vulnerable images stay available to be deployed.",
        Remediation = new()
        {
            Text = "Attach a lifecycle policy that expires untagged images after a few days and keeps only a bounded number of tagged images.",
            Cli = "aws ecr put-lifecycle-policy --repository-name REPOSITORY --lifecycle-policy-text '{\"rules\":[{\"rulePriority\":1,\"description\":\"expire untagged\",\"selection\":{\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePushed\",\"countUnit\":\"days\",\"countNumber\":14},\"action\":{\"type\":\"expire\"}}]}'",
            Terraform = """
                resource "aws_ecr_lifecycle_policy" "this" {
                  repository = aws_ecr_repository.this.name
                  policy = jsonencode({
                    rules = [{
                      rulePriority = 1
                      description  = "expire untagged"
                      selection    = { tagStatus = "untagged", countType = "sinceImagePushed", countUnit = "days", countNumber = 14 }
                      action       = { type = "expire" }
                    }]
                  })
                }
                """,
            CloudFormation = """
                Repository:
                  Type: AWS::ECR::Repository
                  Properties:
                    RepositoryName: api
                    LifecyclePolicy:
                      LifecyclePolicyText: '{"rules":[{"rulePriority":1,"description":"expire untagged","selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}'
                """,
            Url = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["HasLifecyclePolicy"];

    public override CheckOutcome Evaluate(EcrRepository repository, CheckContext context) => repository.HasLifecyclePolicy
        ? Pass($"ECR repository {repository.Name} has a lifecycle policy.")
        : Fail($"ECR repository {repository.Name} has no lifecycle policy.");
}
