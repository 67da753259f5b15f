namespace Vigil.Access.Privesc;

/// <summary>How the privilege-escalation analysis treats what the snapshot cannot tell.</summary>
public sealed record PrivescOptions
{
    /// <summary>The time the attacker acts at (aws:CurrentTime, aws:EpochTime, aws:TokenIssueTime).</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>The region the attacker creates resources in when a policy does not pin one.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>Whether techniques that take over resources of types the snapshot does not collect (CloudFormation stacks,
    /// CodeBuild projects, Glue dev endpoints and jobs, SageMaker notebooks, ECS tasks, App Runner services; launch templates not read) count,
    /// assuming such a resource runs as any role that trusts the service. Off by default: an edge needs its resource.</summary>
    public bool AssumeUncollectedResources { get; init; }
}
