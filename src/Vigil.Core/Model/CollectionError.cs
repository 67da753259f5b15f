namespace Vigil.Core.Model;

/// <summary>Something the collector could not read. Without <see cref="ResourceArn"/> it covers a whole
/// resource type in an account (and region); with it, the named <see cref="Property"/> of one resource.</summary>
public sealed record CollectionError
{
    public required string AccountId { get; init; }
    public required string Service { get; init; }
    public string? Region { get; init; }
    public required string Operation { get; init; }
    public required string ErrorCode { get; init; }
    public string Message { get => field ?? ""; init; }

    /// <summary>CloudFormation type name of the resources that could not be listed or read.</summary>
    public string? ResourceType { get; init; }

    public string? ResourceArn { get; init; }
    public string? Property { get; init; }

    public string Describe() =>
        $"{Service}:{Operation} failed with {ErrorCode}" +
        (Region is null ? "" : $" in {Region}") +
        (string.IsNullOrEmpty(Message) ? "" : $" ({Message})");
}
