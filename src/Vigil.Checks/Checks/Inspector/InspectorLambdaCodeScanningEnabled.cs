using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Inspector;

internal sealed class InspectorLambdaCodeScanningEnabled : InspectorScanCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "inspector-lambda-code-scanning-enabled",
        Title = "Amazon Inspector Lambda code scanning is enabled in every region",
        Severity = Severity.High,
        Service = "inspector",
        Domain = Domain.VulnerabilityPatching,
        Risk = "Without Inspector Lambda code scanning, injection flaws, hard-coded credentials and other weaknesses in the functions' own code are not reported.",
        Remediation = Enable("Enable Amazon Inspector Lambda code scanning in every region (it requires Lambda standard scanning).", "LAMBDA_CODE", "LAMBDA_CODE", "https://docs.aws.amazon.com/inspector/latest/user/activate-scans.html"),
    };

    protected override string Scan => "Lambda code scanning";

    protected override string ScanType => "LAMBDA_CODE";

    protected override string StatusOf(InspectorStatus status) => status.LambdaCode;
}
