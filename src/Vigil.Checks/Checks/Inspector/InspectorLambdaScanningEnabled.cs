using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Inspector;

internal sealed class InspectorLambdaScanningEnabled : InspectorScanCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "inspector-lambda-scanning-enabled",
        Title = "Amazon Inspector Lambda standard scanning is enabled in every region",
        Severity = Severity.High,
        Service = "inspector",
        Domain = Domain.VulnerabilityPatching,
        Risk = "Without Inspector Lambda standard scanning, functions and layers bundling dependencies with known vulnerabilities are deployed and keep running without any finding.",
        Remediation = Enable("Enable Amazon Inspector Lambda standard scanning in every region.", "LAMBDA", "LAMBDA", "https://docs.aws.amazon.com/inspector/latest/user/activate-scans.html"),
    };

    protected override string Scan => "Lambda standard scanning";

    protected override string ScanType => "LAMBDA";

    protected override string StatusOf(InspectorStatus status) => status.Lambda;
}
