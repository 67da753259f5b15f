namespace Vigil.Core.Model.DynamoDb;

public sealed record DynamoDbTable : Resource
{
    public override string ResourceType => ResourceTypes.DynamoDbTable;

    /// <summary>PROVISIONED or PAY_PER_REQUEST.</summary>
    public string BillingMode { get => field ?? "PAY_PER_REQUEST"; init; }
    public bool AutoScalingConfigured { get; init; }
    public bool PointInTimeRecoveryEnabled { get; init; }
    public bool DeletionProtectionEnabled { get; init; }
    /// <summary>AWS_OWNED (default), AWS_MANAGED (aws/dynamodb) or CUSTOMER_MANAGED.</summary>
    public string SseType { get => field ?? "AWS_OWNED"; init; }
    public string? KmsKeyArn { get; init; }
    public string TableStatus { get => field ?? "ACTIVE"; init; }
    /// <summary>The other regions holding a replica of this global table (DescribeTable's Replicas); empty for a
    /// table that is not global.</summary>
    public IReadOnlyList<string> ReplicaRegions { get => field ?? []; init; }
}
