using Vigil.Core.Model;
using Vigil.Importers.AwsConfig.Mappers;

namespace Vigil.Importers.AwsConfig;

/// <summary>The AWS Config resource types Vigil maps, each to the records of the matching live collector.</summary>
internal static class ConfigItemMappers
{
    private static readonly IConfigItemMapper[] All =
    [
        new S3BucketItems(),
        new SecurityGroupItems(),
        new Ec2InstanceItems(),
        new EbsVolumeItems(),
        new VpcItems(),
        new SubnetItems(),
        new NetworkAclItems(),
        new IamItems(ResourceTypes.IamUser),
        new IamItems(ResourceTypes.IamGroup),
        new IamItems(ResourceTypes.IamRole),
        new IamItems(IamItems.PolicyType),
        new KmsKeyItems(),
        new TrailItems(),
        new RdsInstanceItems(),
        new RdsClusterItems(),
        new RdsSnapshotItems(cluster: false),
        new RdsSnapshotItems(cluster: true),
        new DynamoDbTableItems(),
        new LambdaFunctionItems(),
        new LoadBalancerItems(),
        new SnsTopicItems(),
        new SqsQueueItems(),
        new EfsFileSystemItems(),
        new SecretItems(),
        new EcrRepositoryItems(),
        new CertificateItems(),
        new ClassicLoadBalancerItems(),
        new BackupPlanItems(),
        new DistributionItems(),
    ];

    private static readonly Dictionary<string, IConfigItemMapper> ByType = All.ToDictionary(m => m.ResourceType, StringComparer.Ordinal);

    public static IConfigItemMapper? For(string resourceType) => ByType.GetValueOrDefault(resourceType);

    /// <summary>The AWS Config types read (AWS::IAM::Policy is recorded as a managed policy).</summary>
    public static IEnumerable<string> ConfigTypes => ByType.Keys;

    /// <summary>The snapshot resource types those fill, as listing errors name them.</summary>
    public static IEnumerable<string> SnapshotTypes => ByType.Keys
        .Select(t => t switch
        {
            IamItems.PolicyType => ResourceTypes.IamManagedPolicy,
            ResourceTypes.RdsClusterSnapshot => ResourceTypes.RdsSnapshot,
            CertificateItems.ConfigType => ResourceTypes.AcmCertificate,
            _ => t,
        })
        .Append(ResourceTypes.IamInstanceProfile)
        .Distinct(StringComparer.Ordinal);
}
