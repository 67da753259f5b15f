using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsEventSubscriptionClusterCritical : RdsEventSubscriptionCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-event-subscription-cluster-critical",
        Title = "RDS event subscriptions deliver critical DB cluster events",
        Severity = Severity.Low,
        Service = "rds",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without a subscription to DB cluster failure and maintenance events, a failed cluster, an aborted failover or a forced maintenance restart is discovered by the applications that break, not by the people who could act on it first.",
        Remediation = Subscribe("db-cluster", "maintenance, failure", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html"),
    };

    protected override string SourceType => "db-cluster";

    protected override string SourceName => "DB cluster";

    protected override IReadOnlyList<string> Categories { get; } = ["maintenance", "failure"];
}
