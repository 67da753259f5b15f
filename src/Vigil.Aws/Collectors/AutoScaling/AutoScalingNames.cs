using Vigil.Aws.Collection;

namespace Vigil.Aws.Collectors.AutoScaling;

/// <summary>ARNs of Auto Scaling resources when AWS did not send one (the real ARNs also carry a generated id).</summary>
internal static class AutoScalingNames
{
    public static string Arn(CollectionTarget target, string type, string name) =>
        $"arn:{target.Partition}:autoscaling:{target.Region}:{target.AccountId}:{type}:*:{type}Name/{name}";
}
