namespace Vigil.Access.Exposure;

/// <summary>A kind of resource whose policy an exposure analysis asks the IAM engine about: the service whose actions
/// apply, the catalog resource types they must act on, whether the service serves unsigned requests, where objects
/// inside it live (<see cref="ObjectPrefix"/> after the resource ARN), and whether the policy is a role trust policy
/// (service principals there are the account's own services, not exposure).</summary>
public sealed record ExposureTarget(
    string PolicyKind,
    string ServicePrefix,
    IReadOnlyList<ExposureTargetType> Types,
    bool AcceptsAnonymous,
    string ObjectPrefix = "/",
    bool IsTrustPolicy = false);
