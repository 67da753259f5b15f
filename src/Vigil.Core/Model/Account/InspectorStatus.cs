namespace Vigil.Core.Model.Account;

/// <summary>Amazon Inspector's scan types in one account and region, each ENABLED, ENABLING, DISABLED, DISABLING,
/// SUSPENDED or SUSPENDING (an account that never activated Inspector reports DISABLED for all).</summary>
public sealed record InspectorStatus
{
    /// <summary>EC2 instance scanning.</summary>
    public required string Ec2 { get; init; }
    /// <summary>ECR container image scanning.</summary>
    public required string Ecr { get; init; }
    /// <summary>Lambda standard scanning (dependencies of functions and layers).</summary>
    public required string Lambda { get; init; }
    /// <summary>Lambda code scanning (the function's own code).</summary>
    public required string LambdaCode { get; init; }
}
