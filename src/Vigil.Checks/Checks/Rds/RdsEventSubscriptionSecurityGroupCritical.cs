using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsEventSubscriptionSecurityGroupCritical : RdsEventSubscriptionCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-event-subscription-security-group-critical",
        Title = "RDS event subscriptions deliver DB security group changes and failures",
        Severity = Severity.Low,
        Service = "rds",
        Domain = Domain.LoggingMonitoring,
        Risk = "DB security groups decide who may connect to a database; without a subscription to their configuration changes and failures, a rule opening the database to new networks, or a failure to apply one, raises no alert.",
        Remediation = Subscribe("db-security-group", "configuration change, failure", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html"),
    };

    protected override string SourceType => "db-security-group";

    protected override string SourceName => "DB security group";

    protected override IReadOnlyList<string> Categories { get; } = ["configuration change", "failure"];
}
