using Vigil.Aws.Execution;

namespace Vigil.Aws.Collectors.Lambda;

/// <summary>The Availability Zone of each subnet Lambda functions use, or why they could not be read.</summary>
internal sealed record SubnetZones(IReadOnlyDictionary<string, string> BySubnet, AwsServiceException? Failure);
