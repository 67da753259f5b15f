namespace Vigil.Core.Model;

/// <summary>Something the collector could not read. Without <see cref="ResourceArn"/> it covers a whole
/// resource type in an account (and region); with it, the named <see cref="Property"/> of one resource.</summary>
public sealed record CollectionError
{
    /// <summary>The error code of a property an infrastructure-as-code importer cannot know before deployment.</summary>
    public const string UnknownBeforeDeploymentCode = "UnknownBeforeDeployment";

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

    /// <summary>An importer's record that <paramref name="property"/> of a declared resource is only known after
    /// deployment; <paramref name="source"/> names the input ("template", "plan"), <paramref name="reason"/> says why.</summary>
    public static CollectionError UnknownBeforeDeployment(Resource resource, string property, string service, string source, string reason) => new()
    {
        AccountId = resource.AccountId,
        Service = service,
        Region = resource.Region,
        Operation = source,
        ErrorCode = UnknownBeforeDeploymentCode,
        Message = reason,
        ResourceType = resource.ResourceType,
        ResourceArn = resource.Arn,
        Property = property,
    };

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsUnknownBeforeDeployment => ErrorCode == UnknownBeforeDeploymentCode;

    public string Describe() =>
        $"{Service}:{Operation} failed with {ErrorCode}" +
        (Region is null ? "" : $" in {Region}") +
        (string.IsNullOrEmpty(Message) ? "" : $" ({Message})");
}
