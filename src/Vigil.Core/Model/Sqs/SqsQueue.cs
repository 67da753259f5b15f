namespace Vigil.Core.Model.Sqs;

public sealed record SqsQueue : Resource
{
    public override string ResourceType => ResourceTypes.SqsQueue;

    public required string QueueUrl { get; init; }
    public string? KmsMasterKeyId { get; init; }
    public bool SqsManagedSseEnabled { get; init; }
    public string? Policy { get; init; }
    public string? DeadLetterTargetArn { get; init; }
    public bool FifoQueue { get; init; }
    public int MessageRetentionPeriodSeconds { get; init; }

    public bool EncryptedAtRest => SqsManagedSseEnabled || !string.IsNullOrEmpty(KmsMasterKeyId);
}
