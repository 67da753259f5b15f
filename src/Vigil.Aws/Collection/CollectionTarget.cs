using Vigil.Aws.Execution;

namespace Vigil.Aws.Collection;

/// <summary>Where a collector reads: one account through one client, in one region (the account's home region, e.g.
/// us-east-1, for global services).</summary>
public sealed record CollectionTarget(AwsClient Client, string AccountId, string Region, string Partition = "aws");
