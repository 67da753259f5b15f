using System.Collections.Frozen;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Acm;
using Vigil.Core.Model.AutoScaling;
using Vigil.Core.Model.Backup;
using Vigil.Core.Model.CloudFront;
using Vigil.Core.Model.CloudTrail;
using Vigil.Core.Model.CloudWatch;
using Vigil.Core.Model.Dax;
using Vigil.Core.Model.DynamoDb;
using Vigil.Core.Model.Ec2;
using Vigil.Core.Model.Ecr;
using Vigil.Core.Model.Efs;
using Vigil.Core.Model.Elb;
using Vigil.Core.Model.Iam;
using Vigil.Core.Model.Kms;
using Vigil.Core.Model.Lambda;
using Vigil.Core.Model.Organizations;
using Vigil.Core.Model.Rds;
using Vigil.Core.Model.S3;
using Vigil.Core.Model.SecretsManager;
using Vigil.Core.Model.Sns;
using Vigil.Core.Model.Sqs;
using Vigil.Core.Model.Ssm;

namespace Vigil.Core.Model;

/// <summary>The one place that maps each resource record type to its list in a <see cref="Snapshot"/>.</summary>
public static class SnapshotResources
{
    private static readonly FrozenDictionary<Type, Func<Snapshot, IReadOnlyList<Resource>>> Lists =
        new Dictionary<Type, Func<Snapshot, IReadOnlyList<Resource>>>
        {
            [typeof(Account.Account)] = s => s.Accounts,
            [typeof(AccountRegion)] = s => s.AccountRegions,
            [typeof(IamUser)] = s => s.IamUsers,
            [typeof(IamGroup)] = s => s.IamGroups,
            [typeof(IamRole)] = s => s.IamRoles,
            [typeof(ManagedPolicy)] = s => s.IamPolicies,
            [typeof(ServerCertificate)] = s => s.IamServerCertificates,
            [typeof(InstanceProfile)] = s => s.IamInstanceProfiles,
            [typeof(S3Bucket)] = s => s.S3Buckets,
            [typeof(Ec2Instance)] = s => s.Ec2Instances,
            [typeof(SecurityGroup)] = s => s.SecurityGroups,
            [typeof(NetworkAcl)] = s => s.NetworkAcls,
            [typeof(Vpc)] = s => s.Vpcs,
            [typeof(Subnet)] = s => s.Subnets,
            [typeof(EbsVolume)] = s => s.EbsVolumes,
            [typeof(EbsSnapshot)] = s => s.EbsSnapshots,
            [typeof(Ami)] = s => s.Amis,
            [typeof(ElasticIp)] = s => s.ElasticIps,
            [typeof(KmsKey)] = s => s.KmsKeys,
            [typeof(Trail)] = s => s.Trails,
            [typeof(LogGroup)] = s => s.LogGroups,
            [typeof(MetricAlarm)] = s => s.MetricAlarms,
            [typeof(RdsInstance)] = s => s.RdsInstances,
            [typeof(RdsCluster)] = s => s.RdsClusters,
            [typeof(RdsSnapshot)] = s => s.RdsSnapshots,
            [typeof(DynamoDbTable)] = s => s.DynamoDbTables,
            [typeof(LambdaFunction)] = s => s.LambdaFunctions,
            [typeof(LambdaLayerVersion)] = s => s.LambdaLayerVersions,
            [typeof(LoadBalancer)] = s => s.LoadBalancers,
            [typeof(ClassicLoadBalancer)] = s => s.ClassicLoadBalancers,
            [typeof(Distribution)] = s => s.CloudFrontDistributions,
            [typeof(SnsTopic)] = s => s.SnsTopics,
            [typeof(SqsQueue)] = s => s.SqsQueues,
            [typeof(EfsFileSystem)] = s => s.EfsFileSystems,
            [typeof(Secret)] = s => s.Secrets,
            [typeof(BackupVault)] = s => s.BackupVaults,
            [typeof(BackupPlan)] = s => s.BackupPlans,
            [typeof(ManagedInstance)] = s => s.SsmManagedInstances,
            [typeof(SsmDocument)] = s => s.SsmDocuments,
            [typeof(EcrRepository)] = s => s.EcrRepositories,
            [typeof(Certificate)] = s => s.AcmCertificates,
            [typeof(RdsEventSubscription)] = s => s.RdsEventSubscriptions,
            [typeof(DaxCluster)] = s => s.DaxClusters,
            // helper net: network and compute extras
            [typeof(VpnConnection)] = s => s.VpnConnections,
            [typeof(TransitGateway)] = s => s.TransitGateways,
            [typeof(ClientVpnEndpoint)] = s => s.ClientVpnEndpoints,
            [typeof(LaunchTemplate)] = s => s.LaunchTemplates,
            [typeof(AutoScalingGroup)] = s => s.AutoScalingGroups,
            [typeof(LaunchConfiguration)] = s => s.LaunchConfigurations,
            [typeof(MultiRegionAccessPoint)] = s => s.MultiRegionAccessPoints,
            [typeof(OrganizationPolicy)] = s => s.OrganizationPolicies,
        }.ToFrozenDictionary();

    public static IEnumerable<Type> Types => Lists.Keys;

    public static IReadOnlyList<T> Of<T>(Snapshot snapshot) where T : Resource =>
        (IReadOnlyList<T>)Of(typeof(T), snapshot);

    public static IReadOnlyList<Resource> Of(Type type, Snapshot snapshot) =>
        Lists.TryGetValue(type, out var list)
            ? list(snapshot)
            : throw new ArgumentException($"{type.Name} is not a snapshot resource type.", nameof(type));

    public static IEnumerable<Resource> All(Snapshot snapshot) => Lists.Values.SelectMany(list => list(snapshot));

    /// <summary>The CloudFormation type name of a resource record type.</summary>
    public static string TypeName(Type type) => ResourceTypeNames[type];

    private static readonly FrozenDictionary<Type, string> ResourceTypeNames = new Dictionary<Type, string>
    {
        [typeof(Account.Account)] = ResourceTypes.Account,
        [typeof(AccountRegion)] = ResourceTypes.Account,
        [typeof(IamUser)] = ResourceTypes.IamUser,
        [typeof(IamGroup)] = ResourceTypes.IamGroup,
        [typeof(IamRole)] = ResourceTypes.IamRole,
        [typeof(ManagedPolicy)] = ResourceTypes.IamManagedPolicy,
        [typeof(ServerCertificate)] = ResourceTypes.IamServerCertificate,
        [typeof(InstanceProfile)] = ResourceTypes.IamInstanceProfile,
        [typeof(S3Bucket)] = ResourceTypes.S3Bucket,
        [typeof(Ec2Instance)] = ResourceTypes.Ec2Instance,
        [typeof(SecurityGroup)] = ResourceTypes.SecurityGroup,
        [typeof(NetworkAcl)] = ResourceTypes.NetworkAcl,
        [typeof(Vpc)] = ResourceTypes.Vpc,
        [typeof(Subnet)] = ResourceTypes.Subnet,
        [typeof(EbsVolume)] = ResourceTypes.EbsVolume,
        [typeof(EbsSnapshot)] = ResourceTypes.EbsSnapshot,
        [typeof(Ami)] = ResourceTypes.Ami,
        [typeof(ElasticIp)] = ResourceTypes.ElasticIp,
        [typeof(KmsKey)] = ResourceTypes.KmsKey,
        [typeof(Trail)] = ResourceTypes.Trail,
        [typeof(LogGroup)] = ResourceTypes.LogGroup,
        [typeof(MetricAlarm)] = ResourceTypes.MetricAlarm,
        [typeof(RdsInstance)] = ResourceTypes.RdsInstance,
        [typeof(RdsCluster)] = ResourceTypes.RdsCluster,
        [typeof(RdsSnapshot)] = ResourceTypes.RdsSnapshot,
        [typeof(DynamoDbTable)] = ResourceTypes.DynamoDbTable,
        [typeof(LambdaFunction)] = ResourceTypes.LambdaFunction,
        [typeof(LambdaLayerVersion)] = ResourceTypes.LambdaLayerVersion,
        [typeof(LoadBalancer)] = ResourceTypes.LoadBalancer,
        [typeof(ClassicLoadBalancer)] = ResourceTypes.ClassicLoadBalancer,
        [typeof(Distribution)] = ResourceTypes.CloudFrontDistribution,
        [typeof(SnsTopic)] = ResourceTypes.SnsTopic,
        [typeof(SqsQueue)] = ResourceTypes.SqsQueue,
        [typeof(EfsFileSystem)] = ResourceTypes.EfsFileSystem,
        [typeof(Secret)] = ResourceTypes.Secret,
        [typeof(BackupVault)] = ResourceTypes.BackupVault,
        [typeof(BackupPlan)] = ResourceTypes.BackupPlan,
        [typeof(ManagedInstance)] = ResourceTypes.SsmManagedInstance,
        [typeof(SsmDocument)] = ResourceTypes.SsmDocument,
        [typeof(EcrRepository)] = ResourceTypes.EcrRepository,
        [typeof(Certificate)] = ResourceTypes.AcmCertificate,
        [typeof(RdsEventSubscription)] = ResourceTypes.RdsEventSubscription,
        [typeof(DaxCluster)] = ResourceTypes.DaxCluster,
        // helper net: network and compute extras
        [typeof(VpnConnection)] = ResourceTypes.VpnConnection,
        [typeof(TransitGateway)] = ResourceTypes.TransitGateway,
        [typeof(ClientVpnEndpoint)] = ResourceTypes.ClientVpnEndpoint,
        [typeof(LaunchTemplate)] = ResourceTypes.LaunchTemplate,
        [typeof(AutoScalingGroup)] = ResourceTypes.AutoScalingGroup,
        [typeof(LaunchConfiguration)] = ResourceTypes.LaunchConfiguration,
        [typeof(MultiRegionAccessPoint)] = ResourceTypes.MultiRegionAccessPoint,
        [typeof(OrganizationPolicy)] = ResourceTypes.OrganizationPolicy,
    }.ToFrozenDictionary();
}
