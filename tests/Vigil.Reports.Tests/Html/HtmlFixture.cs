using Vigil.Core.Checks;
using Vigil.Core.Compliance;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Frameworks;
using Vigil.Core.Model;
using Vigil.Core.Model.S3;
using Vigil.Core.Responsibilities;
using Vigil.Testing;

namespace Vigil.Reports.Tests.Html;

/// <summary>A scan result for the HTML report: hostile resource names, every status, a muted finding, more findings
/// than one page, and a framework with verdicts.</summary>
internal static class HtmlFixture
{
    public const string ImageProbe = "<img src=x onerror=\"window.__vigilXss=1\">";
    public const string ScriptProbe = "</script><script>window.__vigilXss=2</script>";
    public const int Buckets = 240;

    private sealed class BucketCheck(string id, Severity severity) : Check<S3Bucket>
    {
        public override CheckMetadata Metadata { get; } = new()
        {
            Id = id,
            Title = "Buckets are checked by " + id,
            Severity = severity,
            Service = "s3",
            Domain = Domain.DataProtection,
            Risk = "A risk long enough for the metadata rules of the catalog.",
            Remediation = new() { Text = "Fix it <b>now</b>.", Cli = "aws s3api put-x --bucket \"$B\"", Terraform = "resource \"x\" {}", CloudFormation = "Type: X", Url = "https://docs.aws.amazon.com/" },
        };

        public override CheckOutcome Evaluate(S3Bucket resource, CheckContext context) => Pass();
    }

    public static ReportInput Input()
    {
        var critical = new BucketCheck("s3-test-critical", Severity.Critical);
        var low = new BucketCheck("s3-test-low", Severity.Low);
        var findings = new List<Finding>
        {
            new(critical, TestResources.Bucket(ImageProbe), FindingStatus.Fail, "Bucket " + ImageProbe + " is public."),
            new(critical, TestResources.Bucket(ScriptProbe), FindingStatus.Error, "Policy of " + ScriptProbe + " could not be read."),
            new(low, TestResources.Bucket("manual-bucket"), FindingStatus.Manual, "Needs a person."),
            new Finding(low, TestResources.Bucket("accepted"), FindingStatus.Fail, "Accepted risk.").Muted(new MuteDecision("sandbox <only>", null, 1)),
        };
        for (var i = 0; i < Buckets; i++)
            findings.Add(new Finding(i % 3 == 0 ? critical : low, TestResources.Bucket($"bucket-{i:000}"), i % 4 == 0 ? FindingStatus.Fail : FindingStatus.Pass, i % 4 == 0 ? $"bucket-{i:000} fails." : null));

        var framework = new Framework
        {
            Id = "cis-5.0", Name = "CIS <Benchmark>", Version = "5.0.0",
            Requirements =
            [
                new FrameworkRequirement { Id = "2.1.1", Title = "Critical things", Section = "2 Storage", Checks = ["s3-test-critical"] },
                new FrameworkRequirement { Id = "2.1.2", Title = "Low things", Section = "2 Storage", Checks = ["s3-test-low"] },
                new FrameworkRequirement { Id = "1.1", Title = "Contacts", Section = "1 Identity", Manual = "A person confirms the contacts." },
            ],
        };
        var checkIds = new[] { "s3-test-critical", "s3-test-low" };
        var result = new ScanResult
        {
            ScannedAt = new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero),
            EvaluatedAt = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero),
            ToolVersion = "1.2.3",
            Inputs = [new InputSource("snapshot", "estate <1>.json")],
            Accounts = [new AccountSummary(TestResources.AccountId, "prod \"main\"")],
            Findings = findings,
            CheckIds = checkIds,
            ResourceCount = findings.Count,
            Frameworks = ComplianceEvaluator.Evaluate([framework], findings, checkIds),
        };
        var snapshot = new SnapshotBuilder().AddRange(findings.Select(f => f.Resource).OfType<S3Bucket>()).Build();
        return new ReportInput(result, findings, new FrameworkCatalog([framework]), ReportStyle.Plain)
        {
            Responsibilities = ResponsibilityMatrixBuilder.Build(ResponsibilityCatalog.BuiltIn, snapshot, findings),
        };
    }
}
