namespace Vigil.Core.Model.Organizations;

/// <summary>A service control policy or resource control policy of an AWS Organization
/// (organizations ListPolicies, DescribePolicy, ListTargetsForPolicy), with the root, OUs and accounts it is attached to.</summary>
public sealed record OrganizationPolicy : Resource
{
    public const string ServiceControlPolicy = "SERVICE_CONTROL_POLICY";
    public const string ResourceControlPolicy = "RESOURCE_CONTROL_POLICY";

    public override string ResourceType => ResourceTypes.OrganizationPolicy;

    /// <summary><see cref="ServiceControlPolicy"/> or <see cref="ResourceControlPolicy"/>.</summary>
    public required string PolicyType { get; init; }

    /// <summary>The policy document as JSON; null when it could not be read.</summary>
    public string? Document { get; init; }

    /// <summary>Ids of the root (r-...), organizational units (ou-...) and accounts the policy is attached to.</summary>
    public IReadOnlyList<string> Targets { get => field ?? []; init; }

    /// <summary>True for policies AWS manages, such as FullAWSAccess and RCPFullAWSAccess.</summary>
    public bool AwsManaged { get; init; }
}
