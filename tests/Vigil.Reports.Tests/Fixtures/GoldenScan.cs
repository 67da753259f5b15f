using Vigil.Core.Checks;
using Vigil.Core.Compliance;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Frameworks;
using Vigil.Core.Model;
using Vigil.Testing;

namespace Vigil.Reports.Tests.Fixtures;

/// <summary>The fixed scan result every format's golden file renders: a fixed clock and version, a finding of every
/// status (a muted one included), an infrastructure-as-code finding with its file and line, an error about data that
/// could not be listed, and a resource whose name is hostile to every format (quotes, &lt;, &amp;, =, a line break,
/// an escape character).</summary>
internal static class GoldenScan
{
    public const string HostileName = "=HYPERLINK(\"x\") <b>&amp; 'quoted'\nline2 | @here *bold* \u001b[31m";

    public static readonly CheckMetadata Critical = Metadata("s3-golden-public", "S3 buckets are not public", Severity.Critical, "s3", Domain.DataProtection);
    public static readonly CheckMetadata High = Metadata("s3-golden-encrypted", "S3 buckets encrypt objects at rest", Severity.High, "s3", Domain.DataProtection);
    public static readonly CheckMetadata Medium = Metadata("iam-golden-review", "Access to the account is reviewed", Severity.Medium, "iam", Domain.Identity);
    public static readonly CheckMetadata Low = Metadata("s3-golden-logging", "S3 buckets log server access", Severity.Low, "s3", Domain.LoggingMonitoring);

    public static ReportInput Input(IReadOnlyList<Framework>? asked = null)
    {
        var critical = new FixtureCheck(Critical);
        var high = new FixtureCheck(High);
        var medium = new FixtureCheck(Medium);
        var low = new FixtureCheck(Low);
        var hostile = TestResources.Bucket(HostileName);
        var fine = TestResources.Bucket("fine-bucket", region: "eu-west-1");
        var declared = TestResources.Bucket("declared-bucket") with { Location = new SourceLocation("templates/stack one.yaml", 12, "Resources.DeclaredBucket") };
        var account = TestResources.Account();
        var findings = new List<Finding>
        {
            new(critical, hostile, FindingStatus.Fail, $"{HostileName} allows public reads."),
            new(critical, fine, FindingStatus.Pass, "fine-bucket blocks public access."),
            new(high, declared, FindingStatus.Fail, "declared-bucket has no default encryption."),
            new(high, new ResourceRef($"arn:aws:s3:eu-west-1:{TestResources.AccountId}:AWS::S3::Bucket/*", "AWS::S3::Bucket", "AWS::S3::Bucket/*", "eu-west-1", TestResources.AccountId),
                FindingStatus.Error, "Buckets could not be listed in eu-west-1: s3:ListBuckets was denied (AccessDenied)."),
            new(medium, account, FindingStatus.Manual, "A person must attest that access to account 111111111111 is reviewed quarterly."),
            new Finding(low, fine, FindingStatus.Fail, "fine-bucket does not log server access.")
                .Muted(new MuteDecision("Logs go to \"central\" <SIEM> & are kept", new DateOnly(2027, 3, 31), 0)),
        };
        var catalog = Frameworks();
        var checkIds = new[] { Critical.Id, High.Id, Medium.Id, Low.Id };
        var result = new ScanResult
        {
            ScannedAt = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero),
            EvaluatedAt = new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero),
            ToolVersion = "1.2.3",
            Inputs = [new InputSource("snapshot", "estate.json"), new InputSource("cloudformation", "templates/stack one.yaml")],
            Accounts = [new AccountSummary(TestResources.AccountId, "golden & <prod>")],
            Findings = findings,
            CheckIds = checkIds,
            Frameworks = asked is null ? [] : ComplianceEvaluator.Evaluate(asked, findings, checkIds),
            ResourceCount = 4,
        };
        return new ReportInput(result, findings, catalog, ReportStyle.Plain);
    }

    public static FrameworkCatalog Frameworks() => new([
        new Framework
        {
            Id = "fsbp", Name = "AWS Foundational Security Best Practices", Version = "1.0",
            Requirements =
            [
                new FrameworkRequirement { Id = "S3.8", Title = "S3 buckets block public access", Section = "S3", Checks = [Critical.Id] },
                new FrameworkRequirement { Id = "S3.9", Title = "S3 server access logging", Section = "S3", Checks = [Low.Id] },
            ],
        },
        new Framework
        {
            Id = "cis-5.0", Name = "CIS AWS Foundations Benchmark", Version = "5.0.0",
            Requirements =
            [
                new FrameworkRequirement { Id = "2.1.1", Title = "Encryption at rest", Section = "2 Storage", Checks = [High.Id] },
                new FrameworkRequirement { Id = "1.1", Title = "Maintain current contact details", Section = "1 IAM", Manual = "A person confirms the contacts." },
            ],
        },
    ]);

    private static CheckMetadata Metadata(string id, string title, Severity severity, string service, Domain domain) => new()
    {
        Id = id,
        Title = title,
        Severity = severity,
        Service = service,
        Domain = domain,
        Risk = $"When this is not so ({id}), data or access is exposed beyond what its owner intends.",
        Remediation = new Remediation
        {
            Text = $"Fix {id}: change the setting so that \"{title}\" holds.",
            Cli = $"aws {service} put-setting --id {id}",
            Terraform = $"resource \"aws_{service}_setting\" \"this\" {{\n  enabled = true\n}}",
            CloudFormation = "Properties:\n  Enabled: true",
            Url = $"https://docs.aws.amazon.com/{service}/latest/userguide/{id}.html",
        },
    };
}
