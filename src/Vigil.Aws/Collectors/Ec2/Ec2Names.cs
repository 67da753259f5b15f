using Vigil.Aws.Collection;

namespace Vigil.Aws.Collectors.Ec2;

/// <summary>ARNs and display names of EC2 resources.</summary>
internal static class Ec2Names
{
    public static string Arn(CollectionTarget target, string type, string id) =>
        $"arn:{target.Partition}:ec2:{target.Region}:{target.AccountId}:{type}/{id}";

    /// <summary>Snapshots and images are named without an account in their ARNs.</summary>
    public static string UnownedArn(CollectionTarget target, string type, string id) => $"arn:{target.Partition}:ec2:{target.Region}::{type}/{id}";

    /// <summary>The Name tag, else the id.</summary>
    public static string NameOf(IReadOnlyDictionary<string, string> tags, string id) =>
        tags.TryGetValue("Name", out var name) && name.Length > 0 ? name : id;
}
