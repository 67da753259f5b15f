using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.CloudTrail;

namespace Vigil.Checks.Checks.CloudTrail;

internal sealed class CloudTrailMultiRegionTrailEnabled : AccountCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudtrail-multi-region-trail-enabled",
        Title = "Each account has a logging multi-region trail that records read and write management events",
        Severity = Severity.High,
        Service = "cloudtrail",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without a multi-region trail recording all management events, API activity in unused regions or of one kind (read or write) goes unrecorded, so an attacker's actions cannot be detected or reconstructed.",
        Remediation = new()
        {
            Text = "Create (or convert to) a multi-region trail that records read and write management events with no excluded event sources, and start logging on it.",
            Cli = "aws cloudtrail create-trail --name acme-audit --s3-bucket-name LOG_BUCKET --is-multi-region-trail --include-global-service-events && aws cloudtrail put-event-selectors --trail-name acme-audit --event-selectors '[{\"ReadWriteType\":\"All\",\"IncludeManagementEvents\":true}]' && aws cloudtrail start-logging --name acme-audit",
            Terraform = """
                resource "aws_cloudtrail" "audit" {
                  name                          = "acme-audit"
                  s3_bucket_name                = aws_s3_bucket.trail_logs.id
                  is_multi_region_trail         = true
                  include_global_service_events = true
                  enable_logging                = true
                  event_selector {
                    read_write_type           = "All"
                    include_management_events = true
                  }
                }
                """,
            CloudFormation = """
                AuditTrail:
                  Type: AWS::CloudTrail::Trail
                  Properties:
                    TrailName: acme-audit
                    S3BucketName: !Ref TrailLogBucket
                    IsMultiRegionTrail: true
                    IncludeGlobalServiceEvents: true
                    IsLogging: true
                    EventSelectors:
                      - ReadWriteType: All
                        IncludeManagementEvents: true
                """,
            Url = "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => [typeof(Account), typeof(Trail)];

    public override IReadOnlyList<string>? Reads => [];

    public override CheckOutcome Evaluate(Account account, CheckContext context)
    {
        var trails = TrailFacts.Covering(account, context).ToList();
        if (trails.Count == 0) return Fail($"Account {account.AccountId} has no CloudTrail trail.");
        var good = trails.FirstOrDefault(t => TrailFacts.IsMultiRegionLogging(t) && TrailFacts.RecordsAllManagementEvents(t) && !t.Unreadable.Contains("EventSelectors", StringComparer.OrdinalIgnoreCase));
        if (good is not null) return Pass($"Trail {good.Name} records read and write management events in every region of account {account.AccountId}.");
        var unknown = trails.FirstOrDefault(t => TrailFacts.IsMultiRegionLogging(t) && t.Unreadable.Contains("EventSelectors", StringComparer.OrdinalIgnoreCase));
        if (unknown is not null) return CheckOutcome.Error($"The event selectors of trail {unknown.Name} in account {account.AccountId} were not collected.");
        return Fail($"Account {account.AccountId} has no logging multi-region trail recording read and write management events ({Describe(trails)}).");
    }

    private static string Describe(IEnumerable<Trail> trails) => string.Join("; ", trails.Select(t =>
        $"{t.Name}: {(t.IsMultiRegion ? "multi-region" : "single-region")}, {(t.IsLogging ? "logging" : "not logging")}, " +
        $"{(TrailFacts.RecordsAllManagementEvents(t) ? "all management events" : "not all management events")}"));
}
