using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Inspector;

internal sealed class InspectorEc2ScanningEnabled : InspectorScanCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "inspector-ec2-scanning-enabled",
        Title = "Amazon Inspector EC2 scanning is enabled in every region",
        Severity = Severity.High,
        Service = "inspector",
        Domain = Domain.VulnerabilityPatching,
        Risk = "Without Inspector EC2 scanning, instances running packages with known exploitable vulnerabilities (CVEs) or exposed to the internet on risky paths go unreported, and patching is driven by luck rather than findings.",
        Remediation = Enable("Enable Amazon Inspector EC2 scanning in every region; instances need the SSM agent (or agentless scanning) to be assessed.", "EC2", "EC2", "https://docs.aws.amazon.com/inspector/latest/user/activate-scans.html"),
    };

    protected override string Scan => "EC2 scanning";

    protected override string ScanType => "EC2";

    protected override string StatusOf(InspectorStatus status) => status.Ec2;
}
