using Vigil.Importers.CloudFormation.Mappers;

namespace Vigil.Importers.CloudFormation.Mapping;

/// <summary>The mappers of each resource type Vigil reads from a template; other types are left out.</summary>
internal static class ResourceMappers
{
    private static readonly ILookup<string, IResourceMapper> ByType = new IResourceMapper[]
    {
        new S3BucketMapper(), new S3BucketPolicyMapper(),
        new IamRoleMapper(), new IamUserMapper(), new IamGroupMapper(), new IamManagedPolicyMapper(), new IamManagedPolicyAttachmentMapper(),
        new IamPolicyMapper(), new IamInstanceProfileMapper(), new IamAccessKeyMapper(), new IamUserToGroupAdditionMapper(),
        new SecurityGroupMapper(), new SecurityGroupIngressMapper(), new SecurityGroupEgressMapper(),
        new Ec2InstanceMapper(), new EbsVolumeMapper(), new VolumeAttachmentMapper(), new LaunchTemplateMapper(),
        new VpcMapper(), new FlowLogMapper(), new VpcEndpointMapper(), new SubnetMapper(),
        new NetworkAclMapper(), new NetworkAclEntryMapper(), new SubnetNetworkAclAssociationMapper(),
        new KmsKeyMapper(), new KmsAliasMapper(), new TrailMapper(),
        new RdsInstanceMapper(), new RdsClusterMapper(), new DynamoDbTableMapper(),
        new LambdaFunctionMapper(), new LambdaPermissionMapper(), new LambdaUrlMapper(), new LambdaLayerVersionMapper(), new LambdaLayerVersionPermissionMapper(),
        new LoadBalancerMapper(), new ListenerMapper(), new WebAclAssociationMapper(),
        new SnsTopicMapper(), new SnsTopicPolicyMapper(), new SnsSubscriptionMapper(),
        new SqsQueueMapper(), new SqsQueuePolicyMapper(),
        new LogGroupMapper(), new MetricFilterMapper(), new MetricAlarmMapper(),
        new EfsFileSystemMapper(), new EfsAccessPointMapper(), new EfsMountTargetMapper(),
        new SecretMapper(), new SecretRotationScheduleMapper(), new SecretResourcePolicyMapper(),
        new EcrRepositoryMapper(), new CloudFrontDistributionMapper(), new ClassicLoadBalancerMapper(),
        new BackupVaultMapper(), new BackupPlanMapper(), new BackupSelectionMapper(),
        new CertificateMapper(), new AutoScalingGroupMapper(), new LaunchConfigurationMapper(),
    }.ToLookup(m => m.Type, StringComparer.Ordinal);

    public static IEnumerable<IResourceMapper> For(string type) => ByType[type];

    public static IEnumerable<string> Types => ByType.Select(g => g.Key);
}
