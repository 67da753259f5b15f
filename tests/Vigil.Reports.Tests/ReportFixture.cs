using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Frameworks;
using Vigil.Core.Model.S3;
using Vigil.Testing;

namespace Vigil.Reports.Tests;

internal sealed class HostileNameCheck(string id = "s3-test-hostile") : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = id,
        Title = "Buckets are tested [bold]safely[/]",
        Severity = Severity.Critical,
        Service = "s3",
        Domain = Domain.DataProtection,
        Risk = "A risk long enough for the metadata rules of the catalog.",
        Remediation = new() { Text = "Fix \"it\".", Cli = "aws s3 x", Terraform = "resource {}", CloudFormation = "Type: X", Url = "https://docs.aws.amazon.com/" },
    };

    public override CheckOutcome Evaluate(S3Bucket resource, CheckContext context) => Fail($"{resource.Name} is bad");
}

internal static class ReportFixture
{
    public const string HostileName = "<img src=x onerror=alert(1)> [red]\"quoted\"[/] \u001b[31m";

    public static ReportInput Input()
    {
        var check = new HostileNameCheck();
        var bucket = TestResources.Bucket(HostileName);
        var findings = new List<Finding>
        {
            new(check, bucket, FindingStatus.Fail, $"{HostileName} is bad"),
            new(check, TestResources.Bucket("fine"), FindingStatus.Pass, null),
        };
        var result = new ScanResult
        {
            ScannedAt = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero),
            EvaluatedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
            ToolVersion = "1.2.3",
            Inputs = [new InputSource("snapshot", "x.json")],
            Accounts = [new AccountSummary(TestResources.AccountId, "test")],
            Findings = findings,
            CheckIds = ["s3-test-hostile"],
            ResourceCount = 2,
        };
        var frameworks = new FrameworkCatalog([
            new Framework { Id = "fsbp", Name = "F", Version = "1", Requirements = [new FrameworkRequirement { Id = "S3.1", Title = "t", Checks = ["s3-test-hostile"] }] },
        ]);
        return new ReportInput(result, findings, frameworks, ReportStyle.Plain);
    }

    public static async Task<string> Render(IReportWriter writer)
    {
        using var buffer = new MemoryStream();
        await writer.WriteAsync(Input(), buffer, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
