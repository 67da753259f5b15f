namespace Vigil.Core.Model.SecretsManager;

public sealed record Secret : Resource
{
    public override string ResourceType => ResourceTypes.Secret;

    public bool RotationEnabled { get; init; }
    public int? RotationIntervalDays { get; init; }
    public DateTimeOffset? LastRotatedDate { get; init; }
    public DateTimeOffset? LastAccessedDate { get; init; }
    public DateTimeOffset? CreatedDate { get; init; }
    public string? KmsKeyId { get; init; }
    public string? Policy { get; init; }
    public string? RotationLambdaArn { get; init; }
}
