using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsEventSubscriptionInstanceCritical : RdsEventSubscriptionCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-event-subscription-instance-critical",
        Title = "RDS event subscriptions deliver critical DB instance events",
        Severity = Severity.Low,
        Service = "rds",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without a subscription to DB instance failure, maintenance and configuration change events, a crashed instance, an unplanned patch reboot or a configuration change (public accessibility, backup retention, parameter group) goes unnoticed until it causes an outage or an incident.",
        Remediation = Subscribe("db-instance", "maintenance, configuration change, failure", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html"),
    };

    protected override string SourceType => "db-instance";

    protected override string SourceName => "DB instance";

    protected override IReadOnlyList<string> Categories { get; } = ["maintenance", "configuration change", "failure"];
}
