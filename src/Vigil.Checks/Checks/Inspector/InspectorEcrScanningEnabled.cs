using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Inspector;

internal sealed class InspectorEcrScanningEnabled : InspectorScanCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "inspector-ecr-scanning-enabled",
        Title = "Amazon Inspector ECR scanning is enabled in every region",
        Severity = Severity.High,
        Service = "inspector",
        Domain = Domain.VulnerabilityPatching,
        Risk = "Without Inspector ECR scanning, container images carrying vulnerable operating system and language packages are pushed and deployed without findings, and images already in use are not rescanned when new CVEs are published.",
        Remediation = Enable("Enable Amazon Inspector ECR scanning (enhanced scanning with continuous rescans) in every region.", "ECR", "ECR", "https://docs.aws.amazon.com/inspector/latest/user/activate-scans.html"),
    };

    protected override string Scan => "ECR scanning";

    protected override string ScanType => "ECR";

    protected override string StatusOf(InspectorStatus status) => status.Ecr;
}
