using Vigil.Core.Checks;
using Vigil.Core.Model.Ecr;

namespace Vigil.Checks.Checks.Ecr;

internal sealed class EcrRepositoryTagImmutability : Check<EcrRepository>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ecr-repository-tag-immutability",
        Title = "ECR repositories have immutable image tags",
        Severity = Severity.Medium,
        Service = "ecr",
        Domain = Domain.Governance,
        Risk = "With mutable tags, anyone able to push can silently replace the image behind a tag that deployments trust, so a release tag no longer identifies what actually runs.",
        Remediation = new()
        {
            Text = "Set the repository's image tag mutability to IMMUTABLE and publish each build under a new tag (for example the commit id).",
            Cli = "aws ecr put-image-tag-mutability --repository-name REPOSITORY --image-tag-mutability IMMUTABLE",
            Terraform = """
                resource "aws_ecr_repository" "this" {
                  name                 = "api"
                  image_tag_mutability = "IMMUTABLE"
                }
                """,
            CloudFormation = """
                Repository:
                  Type: AWS::ECR::Repository
                  Properties:
                    RepositoryName: api
                    ImageTagMutability: IMMUTABLE
                """,
            Url = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["ImageTagMutability"];

    public override CheckOutcome Evaluate(EcrRepository repository, CheckContext context) =>
        repository.ImageTagMutability.StartsWith("IMMUTABLE", StringComparison.Ordinal)
            ? Pass($"ECR repository {repository.Name} has immutable image tags.")
            : Fail($"ECR repository {repository.Name} allows image tags to be overwritten ({repository.ImageTagMutability}).");
}
