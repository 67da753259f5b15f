namespace Vigil.Core.Model.Lambda;

public sealed record LambdaFunction : Resource
{
    public override string ResourceType => ResourceTypes.LambdaFunction;

    /// <summary>python3.12, nodejs20.x, java21, provided.al2023, ... Null for container images.</summary>
    public string? Runtime { get; init; }
    /// <summary>Zip or Image.</summary>
    public string PackageType { get => field ?? "Zip"; init; }
    public string? RoleArn { get; init; }
    /// <summary>The function's resource-based policy as JSON, or null when none.</summary>
    public string? Policy { get; init; }
    public string? VpcId { get; init; }
    public IReadOnlyList<string> SubnetIds { get => field ?? []; init; }
    public IReadOnlyList<string> SubnetAvailabilityZones { get => field ?? []; init; }
    public IReadOnlyList<string> SecurityGroupIds { get => field ?? []; init; }
    /// <summary>PassThrough or Active.</summary>
    public string TracingMode { get => field ?? "PassThrough"; init; }
    public string? DeadLetterTargetArn { get; init; }
    public string? KmsKeyArn { get; init; }
    /// <summary>Names of environment variables (never their values).</summary>
    public IReadOnlyList<string> EnvironmentVariableNames { get => field ?? []; init; }
    public string? FunctionUrlAuthType { get; init; }
    public int? ReservedConcurrency { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    /// <summary>ARNs of the layer versions the function uses, in the order they are applied.</summary>
    public IReadOnlyList<string> Layers { get => field ?? []; init; }
}
