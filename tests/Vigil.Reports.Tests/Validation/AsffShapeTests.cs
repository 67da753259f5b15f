using System.Text.Json;
using Vigil.Reports.Asff;
using Vigil.Reports.Tests.Fixtures;
using Vigil.Testing;
using Vigil.Testing.Skipping;

namespace Vigil.Reports.Tests.Validation;

/// <summary>The ASFF records checked field by field against the Security Hub SDK's own type definitions (npm
/// @aws-sdk/client-securityhub): the records become an object literal typed as AwsSecurityFinding[] and the
/// TypeScript compiler checks every field's presence, type and enumeration value, and rejects unknown fields.
/// BatchImportFindings also requires Types and Severity.Label, which the SDK types leave optional.</summary>
public sealed class AsffShapeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [SkippableFact]
    public async Task GoldenScan_TypeChecksAsSecurityHubFindings()
    {
        var node = ReportValidators.Node();
        var tsc = ReportValidators.Package("typescript", Path.Combine("bin", "tsc"));
        var sdk = Path.GetDirectoryName(ReportValidators.Package("@aws-sdk/client-securityhub", "package.json"))!;
        var records = await Rendered.Text(new AsffReportWriter(), GoldenScan.Input());
        var source = _dir.File("findings.ts",
            $"import type {{ AwsSecurityFinding }} from {JsonSerializer.Serialize(sdk)};\n" +
            "type Label = NonNullable<NonNullable<AwsSecurityFinding[\"Severity\"]>[\"Label\"]>;\n" +
            "type Importable = AwsSecurityFinding & Required<Pick<AwsSecurityFinding, \"Types\" | \"Severity\">> & { Severity: { Label: Label } };\n" +
            $"export const findings: Importable[] = {records};\n");

        var (exitCode, output) = ReportValidators.Run(node, _dir.Path, tsc,
            "--noEmit", "--strict", "--skipLibCheck", "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler", source);

        Assert.True(exitCode == 0, $"tsc found the records do not match AwsSecurityFinding:\n{output}");
    }

    [SkippableFact]
    public async Task TypeCheck_RejectsAWrongRecord()
    {
        var node = ReportValidators.Node();
        var tsc = ReportValidators.Package("typescript", Path.Combine("bin", "tsc"));
        var sdk = Path.GetDirectoryName(ReportValidators.Package("@aws-sdk/client-securityhub", "package.json"))!;
        var records = (await Rendered.Text(new AsffReportWriter(), GoldenScan.Input())).Replace("\"Label\": \"HIGH\"", "\"Label\": \"SEVERE\"", StringComparison.Ordinal);
        var source = _dir.File("wrong.ts",
            $"import type {{ AwsSecurityFinding }} from {JsonSerializer.Serialize(sdk)};\nexport const findings: AwsSecurityFinding[] = {records};\n");

        var (exitCode, output) = ReportValidators.Run(node, _dir.Path, tsc,
            "--noEmit", "--strict", "--skipLibCheck", "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler", source);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("SEVERE", output, StringComparison.Ordinal);
    }
}
