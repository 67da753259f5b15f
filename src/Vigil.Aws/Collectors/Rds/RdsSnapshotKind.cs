using Vigil.Core.Model;

namespace Vigil.Aws.Collectors.Rds;

/// <summary>The two families of RDS snapshots, which have parallel operations and member names.</summary>
internal sealed record RdsSnapshotKind(string ListOperation, string ListKey, string AttributesOperation, string IdMember, string ArnMember,
    string SourceMember, string EncryptedMember, string AttributesResult, string AttributesList, string ResourceType, bool IsCluster)
{
    public static readonly RdsSnapshotKind Instance = new("DescribeDBSnapshots", "DBSnapshots", "DescribeDBSnapshotAttributes",
        "DBSnapshotIdentifier", "DBSnapshotArn", "DBInstanceIdentifier", "Encrypted", "DBSnapshotAttributesResult", "DBSnapshotAttributes",
        ResourceTypes.RdsSnapshot, IsCluster: false);

    public static readonly RdsSnapshotKind Cluster = new("DescribeDBClusterSnapshots", "DBClusterSnapshots", "DescribeDBClusterSnapshotAttributes",
        "DBClusterSnapshotIdentifier", "DBClusterSnapshotArn", "DBClusterIdentifier", "StorageEncrypted", "DBClusterSnapshotAttributesResult",
        "DBClusterSnapshotAttributes", ResourceTypes.RdsClusterSnapshot, IsCluster: true);
}
