namespace Vigil.Access.Exposure;

/// <summary>A resource reachable from outside its account, or whose exposure could not be worked out
/// (<see cref="Problems"/> then says why: such a resource is never reported as not exposed).</summary>
public sealed record ExposedResource
{
    /// <summary>The CloudFormation type name: AWS::S3::Bucket, AWS::IAM::Role, ...</summary>
    public required string ResourceType { get; init; }

    public required string Arn { get; init; }

    public required string Name { get; init; }

    public required string AccountId { get; init; }

    public string? Region { get; init; }

    public IReadOnlyList<ExposureGrant> Grants { get; init; } = [];

    public IReadOnlyList<string> Problems { get; init; } = [];
}
