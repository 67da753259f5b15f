namespace Vigil.Core.Model.SecretsManager;

public sealed record Secret : Resource
{
    public override string ResourceType => ResourceTypes.Secret;

    public bool RotationEnabled { get; init; }
    public int? RotationIntervalDays { get; init; }
    public DateTimeOffset? LastRotatedDate { get; init; }
    /// <summary>When the next scheduled rotation is due; null when rotation is off. A date in the past means the
    /// scheduled rotation has not succeeded.</summary>
    public DateTimeOffset? NextRotationDate { get; init; }
    /// <summary>When the secret was scheduled for deletion; null for a secret that is not being deleted.</summary>
    public DateTimeOffset? DeletedDate { get; init; }
    public DateTimeOffset? LastAccessedDate { get; init; }
    public DateTimeOffset? CreatedDate { get; init; }
    public string? KmsKeyId { get; init; }
    public string? Policy { get; init; }
    public string? RotationLambdaArn { get; init; }
}
