using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsEventSubscriptionParameterGroupCritical : RdsEventSubscriptionCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-event-subscription-parameter-group-critical",
        Title = "RDS event subscriptions deliver DB parameter group configuration changes",
        Severity = Severity.Low,
        Service = "rds",
        Domain = Domain.LoggingMonitoring,
        Risk = "Parameter groups hold security settings such as forced TLS, audit logging and authentication plugins; without a subscription to their configuration changes, weakening them (turning off require_secure_transport, say) raises no alert.",
        Remediation = Subscribe("db-parameter-group", "configuration change", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html"),
    };

    protected override string SourceType => "db-parameter-group";

    protected override string SourceName => "DB parameter group";

    protected override IReadOnlyList<string> Categories { get; } = ["configuration change"];
}
