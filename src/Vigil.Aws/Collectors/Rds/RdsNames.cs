using Vigil.Aws.Collection;

namespace Vigil.Aws.Collectors.Rds;

internal static class RdsNames
{
    /// <summary>arn:aws:rds:REGION:ACCOUNT:KIND:ID, for the rare answer without its own ARN.</summary>
    public static string Arn(CollectionTarget target, string kind, string id) => $"arn:{target.Partition}:rds:{target.Region}:{target.AccountId}:{kind}:{id}";
}
