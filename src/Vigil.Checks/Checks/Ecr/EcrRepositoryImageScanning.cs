using Vigil.Core.Checks;
using Vigil.Core.Model.Ecr;

namespace Vigil.Checks.Checks.Ecr;

internal sealed class EcrRepositoryImageScanning : Check<EcrRepository>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ecr-repository-image-scanning",
        Title = "ECR repositories scan images for vulnerabilities on push or with enhanced scanning",
        Severity = Severity.High,
        Service = "ecr",
        Domain = Domain.VulnerabilityPatching,
        Risk = "Images pushed without scanning can carry known-vulnerable packages into production unnoticed, since nothing reports their CVEs before they are deployed.",
        Remediation = new()
        {
            Text = "Turn on enhanced scanning (Amazon Inspector) for the registry, or at least basic scan on push for the repository.",
            Cli = "aws ecr put-registry-scanning-configuration --scan-type ENHANCED --rules '[{\"scanFrequency\":\"CONTINUOUS_SCAN\",\"repositoryFilters\":[{\"filter\":\"*\",\"filterType\":\"WILDCARD\"}]}]'  # or: aws ecr put-image-scanning-configuration --repository-name REPOSITORY --image-scanning-configuration scanOnPush=true",
            Terraform = """
                resource "aws_ecr_registry_scanning_configuration" "this" {
                  scan_type = "ENHANCED"
                  rule {
                    scan_frequency = "CONTINUOUS_SCAN"
                    repository_filter {
                      filter      = "*"
                      filter_type = "WILDCARD"
                    }
                  }
                }
                """,
            CloudFormation = """
                Repository:
                  Type: AWS::ECR::Repository
                  Properties:
                    RepositoryName: api
                    ImageScanningConfiguration:
                      ScanOnPush: true
                """,
            Url = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["ScanOnPush", "EnhancedScanning"];

    public override CheckOutcome Evaluate(EcrRepository repository, CheckContext context)
    {
        if (repository.EnhancedScanning) return Pass($"ECR repository {repository.Name} is covered by enhanced scanning.");
        return repository.ScanOnPush
            ? Pass($"ECR repository {repository.Name} scans images on push.")
            : Fail($"ECR repository {repository.Name} has neither scan on push nor enhanced scanning.");
    }
}
