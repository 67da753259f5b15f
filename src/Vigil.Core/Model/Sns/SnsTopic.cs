namespace Vigil.Core.Model.Sns;

public sealed record SnsTopic : Resource
{
    public override string ResourceType => ResourceTypes.SnsTopic;

    public string? KmsMasterKeyId { get; init; }
    public string? Policy { get; init; }
    public int SubscriptionsConfirmed { get; init; }
    public bool FifoTopic { get; init; }
    /// <summary>Protocols of its subscriptions (https, http, email, sqs, lambda, ...).</summary>
    public IReadOnlyList<string> SubscriptionProtocols { get => field ?? []; init; }
}
