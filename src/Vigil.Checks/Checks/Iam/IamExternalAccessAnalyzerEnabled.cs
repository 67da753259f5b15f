using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamExternalAccessAnalyzerEnabled : RegionalSettingCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-external-access-analyzer-enabled",
        Title = "An IAM Access Analyzer external access analyzer is active in every region",
        Severity = Severity.High,
        Service = "iam",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without an external access analyzer in a region, buckets, keys, roles, queues and other resources shared with other accounts or the public there go unnoticed.",
        Remediation = new()
        {
            Text = "Create an account (or organization) external access analyzer in every region you use; analyzers are regional.",
            Cli = "aws accessanalyzer create-analyzer --analyzer-name external --type ACCOUNT --region REGION",
            Terraform = """
                resource "aws_accessanalyzer_analyzer" "external" {
                  analyzer_name = "external"
                  type          = "ACCOUNT"
                }
                """,
            CloudFormation = """
                ExternalAccessAnalyzer:
                  Type: AWS::AccessAnalyzer::Analyzer
                  Properties:
                    AnalyzerName: external
                    Type: ACCOUNT
                """,
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html",
        },
    };

    protected override string Setting => "external-access-analyzer";

    public override IReadOnlyList<string>? Reads => ["AccessAnalyzers"];

    public override CheckOutcome Evaluate(AccountRegion region, CheckContext context)
    {
        if (region.AccessAnalyzers.FirstOrDefault(a => a.IsActiveExternalAccessAnalyzer) is { } analyzer)
            return Pass($"External access analyzer {analyzer.Name} is active in {region.Region}.");
        var others = region.AccessAnalyzers.Select(a => $"{a.Name} ({a.Type}, {a.Status})").ToList();
        return Fail($"Account {region.AccountId} has no active external access analyzer in {region.Region}" +
                    (others.Count == 0 ? "." : $"; it has only {string.Join(", ", others)}."));
    }
}
