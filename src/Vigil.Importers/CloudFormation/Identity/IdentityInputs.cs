namespace Vigil.Importers.CloudFormation.Identity;

/// <summary>What a resource's synthetic identity is built from. <see cref="Property"/> reads a top-level property
/// when it is a known string (an ARN's path or a load balancer's type), null otherwise.</summary>
internal sealed record IdentityInputs(string LogicalId, string? PhysicalName, string Account, string Region, string Partition, string Seed, Func<string, string?> Property)
{
    public string Name => PhysicalName ?? LogicalId;

    public string Hex(int length) => SyntheticIds.Hex(Seed, length);

    public string Arn(string service, string resource, bool regional = true, bool withAccount = true) =>
        $"arn:{Partition}:{service}:{(regional ? Region : "")}:{(withAccount ? Account : "")}:{resource}";
}
