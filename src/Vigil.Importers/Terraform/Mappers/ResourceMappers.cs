namespace Vigil.Importers.Terraform.Mappers;

/// <summary>Every resource mapper of the Terraform plan importer.</summary>
internal static class ResourceMappers
{
    public static IReadOnlyList<IResourceMapper> All { get; } =
    [
        new S3BucketMapper(),
        new IamRoleMapper(),
        new IamUserMapper(),
        new IamGroupMapper(),
        new IamPolicyMapper(),
        new InstanceProfileMapper(),
        new SecurityGroupMapper(),
        new NetworkAclMapper(),
        new Ec2InstanceMapper(),
        new EbsVolumeMapper(),
        new VpcMapper(),
        new SubnetMapper(),
        new KmsKeyMapper(),
        new CloudTrailMapper(),
        new RdsInstanceMapper(),
        new RdsClusterMapper(),
        new RdsClusterInstanceMapper(),
        new DynamoDbTableMapper(),
        new LambdaFunctionMapper(),
        new LambdaLayerVersionMapper(),
        new LoadBalancerMapper("aws_lb"),
        new LoadBalancerMapper("aws_alb"),
        new SnsTopicMapper(),
        new SqsQueueMapper(),
        new LogGroupMapper(),
        new EfsFileSystemMapper(),
        new SecretMapper(),
        new EcrRepositoryMapper(),
        new CloudFrontDistributionMapper(),
        new ClassicLoadBalancerMapper(),
        new BackupVaultMapper(),
        new BackupPlanMapper(),
        new AcmCertificateMapper(),
        new LaunchTemplateMapper(),
        new AutoScalingGroupMapper(),
    ];
}
