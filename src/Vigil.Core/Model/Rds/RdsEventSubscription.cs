namespace Vigil.Core.Model.Rds;

/// <summary>An RDS event notification subscription: which RDS events of one region are published to an SNS topic.</summary>
public sealed record RdsEventSubscription : Resource
{
    public override string ResourceType => ResourceTypes.RdsEventSubscription;

    public string? SnsTopicArn { get; init; }
    /// <summary>creating, modifying, deleting, active, no-permission or topic-not-exist (the last two deliver nothing).</summary>
    public required string Status { get; init; }
    /// <summary>Whether notifications are switched on.</summary>
    public bool Enabled { get; init; }
    /// <summary>db-instance, db-cluster, db-parameter-group, db-security-group, db-snapshot, db-cluster-snapshot,
    /// db-proxy, ...; null when the subscription covers events of every source type.</summary>
    public string? SourceType { get; init; }
    /// <summary>The sources it is limited to; empty when it covers every source of its type.</summary>
    public IReadOnlyList<string> SourceIds { get => field ?? []; init; }
    /// <summary>The event categories it is limited to (availability, failure, maintenance, configuration change, ...);
    /// empty when it covers every category.</summary>
    public IReadOnlyList<string> EventCategories { get => field ?? []; init; }

    /// <summary>Whether notifications are on and the subscription can deliver them (not no-permission or topic-not-exist).</summary>
    public bool Delivers => Enabled && Status is "active" or "creating" or "modifying";
}
